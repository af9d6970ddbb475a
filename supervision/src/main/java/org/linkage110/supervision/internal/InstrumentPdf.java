package org.linkage110.supervision.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An instrument as a printable A4 document in Chinese, with the CJK font embedded (subset) so
 * that it prints and reads the same everywhere.
 */
public final class InstrumentPdf {

    public static final String ISSUER = "非警务警情分流联动处置工作领导小组办公室";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private InstrumentPdf() {
    }

    /** {@code font} is a font file path, with ",index" for a collection. */
    public static byte[] render(Instrument instrument, List<String> addressees, String font, ZoneId zone) {
        try {
            BaseFont cjk = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font heading = new Font(cjk, 20, Font.BOLD);
            Font label = new Font(cjk, 12);
            Font text = new Font(cjk, 13);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 72, 72, 72, 72);
            PdfWriter.getInstance(document, out);
            document.addTitle(instrument.label() + " " + instrument.title());
            document.addCreator(ISSUER);
            document.open();
            Paragraph issuer = new Paragraph(ISSUER, heading);
            issuer.setAlignment(Element.ALIGN_CENTER);
            document.add(issuer);
            Paragraph kind = new Paragraph(instrument.kind().nameZh(), heading);
            kind.setAlignment(Element.ALIGN_CENTER);
            document.add(kind);
            Paragraph number = new Paragraph(instrument.label(), label);
            number.setAlignment(Element.ALIGN_CENTER);
            number.setSpacingAfter(18);
            document.add(number);
            Paragraph title = new Paragraph(instrument.title(), new Font(cjk, 15, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(12);
            document.add(title);
            document.add(new Paragraph(String.join("、", addressees) + "：", text));
            for (String line : instrument.body().split("\\R")) {
                Paragraph paragraph = new Paragraph(line, text);
                paragraph.setFirstLineIndent(26);
                paragraph.setLeading(22);
                document.add(paragraph);
            }
            Paragraph due = new Paragraph("请于" + DAY.format(instrument.answerDue().atZone(zone)) + "前签收并书面反馈"
                    + (instrument.closeDue() == null ? "" : "，" + DAY.format(instrument.closeDue().atZone(zone))
                    + "前完成整改销号") + "。", text);
            due.setSpacingBefore(12);
            document.add(due);
            Paragraph signed = new Paragraph(ISSUER + "\n" + DAY.format(instrument.issuedAt().atZone(zone)), label);
            signed.setAlignment(Element.ALIGN_RIGHT);
            signed.setSpacingBefore(24);
            document.add(signed);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot render " + instrument.label() + " with font " + font, e);
        }
    }
}
