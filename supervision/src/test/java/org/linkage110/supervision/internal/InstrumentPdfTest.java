package org.linkage110.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.linkage110.supervision.InstrumentKind;

class InstrumentPdfTest {

    /** The font the platform is configured with (installed by the project's scripts). */
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0";

    @Test
    void aSupervisionOrderPrintsInChineseWithItsNumberAddresseesAndDeadline() throws IOException {
        Instrument order = new Instrument(InstrumentKind.SUPERVISION_ORDER, 2026, 12, "关于陵西街道井盖缺失久拖未办的督办单",
                "11月20日群众反映怒江北街井盖缺失，至今未处置。\n请立即整改并书面反馈。", 1234L, "supervisor",
                Instant.parse("2026-11-23T02:00:00Z"), Instant.parse("2026-11-25T09:00:00Z"),
                Instant.parse("2026-12-02T09:00:00Z"));

        byte[] pdf = InstrumentPdf.render(order, List.of("陵西街道", "区城市建设局"), FONT, ZoneId.of("Asia/Shanghai"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("督办单").contains("督办〔2026〕12号").contains("关于陵西街道井盖缺失久拖未办的督办单")
                    .contains("陵西街道、区城市建设局：").contains("请立即整改并书面反馈。")
                    .contains("请于2026年11月25日 17:00前签收并书面反馈，2026年12月2日 17:00前完成")
                    .contains("整改销号。").contains(InstrumentPdf.ISSUER);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).as("the CJK font travels with the document").isTrue();
        }
    }
}
