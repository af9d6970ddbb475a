package org.linkage110.supervision.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linkage110.supervision.FigureSet;
import org.linkage110.supervision.Indicator;

/**
 * A report's files: a printable PDF in Chinese (CJK font embedded) and an Excel workbook. A report
 * has the indicators of its scope (the district, one unit or one sub-district) with the previous
 * period's value and, for a part, the district's; then tables of figures per unit, sub-district or
 * category.
 */
public final class ReportFiles {

    /** The rates each row of a table shows, after the number of orders and instructions. */
    private static final List<String> TABLE_RATES = List.of("SIGN_FOR", "RESPONSE", "COMPLETION", "BOUNCE_BACK",
            "SATISFACTION");

    private ReportFiles() {
    }

    /**
     * What a report is made of. {@code subject} is the unit or sub-district of a part (null for the
     * district's report); {@code scope} names the figures' scope ("全区", "本单位"...);
     * {@code district} is the district's figures for comparison, or null for the district's report.
     */
    public record Content(String report, String subject, String period, String scope, FigureSet total,
                          FigureSet previous, FigureSet district, List<String> notes, List<Section> sections,
                          List<Listing> listings) {

        /** The document's title: the report's, and for a part its unit or sub-district. */
        public String title() {
            return subject == null ? report : report + "（" + subject + "）";
        }
    }

    /** A table of text after the figures, such as the disputed-jurisdiction list; empty rows show "none". */
    public record Listing(String heading, List<String> columns, List<List<String>> rows) {
    }

    /** A table of figures per key (unit, sub-district or category), the key shown by its name. */
    public record Section(String heading, String keyHeading, Map<String, FigureSet> rows, Map<String, String> names) {
    }

    /** Share as people read it: one decimal and a percent sign; a dash without a denominator. */
    public static String percent(Double value) {
        return value == null ? "—" : String.format("%.1f%%", value * 100);
    }

    public static byte[] pdf(Content content, String font) {
        try {
            BaseFont cjk = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font heading = new Font(cjk, 18, Font.BOLD);
            Font text = new Font(cjk, 10);
            Font small = new Font(cjk, 8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 48, 48, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(content.title());
            document.addCreator(InstrumentPdf.ISSUER);
            document.open();
            Paragraph head = new Paragraph(content.report(), heading);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            if (content.subject() != null) {
                Paragraph subject = new Paragraph(content.subject(), new Font(cjk, 14, Font.BOLD));
                subject.setAlignment(Element.ALIGN_CENTER);
                document.add(subject);
            }
            Paragraph sub = new Paragraph(InstrumentPdf.ISSUER + "　统计期间：" + content.period(), text);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            document.add(sub);
            Map<String, Long> c = content.total().counts();
            document.add(new Paragraph("一、" + content.scope() + "总体情况（接警 " + c.get("received") + " 起，分流 "
                    + c.get("diverted") + " 起，办结 " + c.get("closed") + " 起，下达指令 " + c.get("dispatched") + " 条）", text));
            for (String note : content.notes()) {
                document.add(new Paragraph(note, text));
            }
            List<String> columns = new ArrayList<>(List.of("指标", "数值", "分子/分母", "上期"));
            if (content.district() != null) {
                columns.add("全区");
            }
            columns.addAll(List.of("目标", "达标情况"));
            PdfPTable figures = new PdfPTable(columns.size());
            figures.setWidthPercentage(100);
            figures.setSpacingBefore(6);
            columns.forEach(h -> figures.addCell(new Paragraph(h, text)));
            for (Indicator i : content.total().indicators()) {
                figures.addCell(new Paragraph(i.nameZh(), text));
                figures.addCell(new Paragraph(percent(i.value()), text));
                figures.addCell(new Paragraph(i.numerator() + "/" + i.denominator(), text));
                figures.addCell(new Paragraph(percent(content.previous().indicator(i.code()).value())
                        + trend(i, content.previous().indicator(i.code())), text));
                if (content.district() != null) {
                    figures.addCell(new Paragraph(percent(content.district().indicator(i.code()).value()), text));
                }
                figures.addCell(new Paragraph(target(i), text));
                figures.addCell(new Paragraph(statusZh(i.status()), text));
            }
            document.add(figures);
            String[] numbers = {"二", "三", "四", "五", "六"};
            for (int s = 0; s < content.sections().size(); s++) {
                Section section = content.sections().get(s);
                Paragraph title = new Paragraph(numbers[Math.min(s, numbers.length - 1)] + "、" + section.heading(), text);
                title.setSpacingBefore(12);
                document.add(title);
                if (section.rows().isEmpty()) {
                    document.add(new Paragraph("本期无数据。", text));
                    continue;
                }
                PdfPTable table = new PdfPTable(new float[] {4, 2, 2, 2, 2, 2, 2, 2});
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                for (String h : List.of(section.keyHeading(), "接警", "指令", "签收率", "响应率", "办结率", "回流率", "满意率")) {
                    table.addCell(new Paragraph(h, small));
                }
                section.rows().forEach((key, set) -> {
                    table.addCell(new Paragraph(section.names().getOrDefault(key, key), small));
                    table.addCell(new Paragraph(String.valueOf(set.counts().get("received")), small));
                    table.addCell(new Paragraph(String.valueOf(set.counts().get("dispatched")), small));
                    TABLE_RATES.forEach(code -> table.addCell(new Paragraph(percent(set.indicator(code).value()), small)));
                });
                document.add(table);
            }
            for (int l = 0; l < content.listings().size(); l++) {
                Listing listing = content.listings().get(l);
                Paragraph title = new Paragraph(numbers[Math.min(content.sections().size() + l, numbers.length - 1)] + "、"
                        + listing.heading(), text);
                title.setSpacingBefore(12);
                document.add(title);
                if (listing.rows().isEmpty()) {
                    document.add(new Paragraph("本期无。", text));
                    continue;
                }
                PdfPTable table = new PdfPTable(listing.columns().size());
                table.setWidthPercentage(100);
                table.setSpacingBefore(6);
                listing.columns().forEach(h -> table.addCell(new Paragraph(h, small)));
                listing.rows().forEach(row -> row.forEach(cell -> table.addCell(new Paragraph(cell, small))));
                document.add(table);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot render the report " + content.title(), e);
        }
    }

    public static byte[] xlsx(Content content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet figures = workbook.createSheet(content.scope() + "指标");
            figures.createRow(0).createCell(0).setCellValue(content.title());
            figures.createRow(1).createCell(0).setCellValue("统计期间：" + content.period());
            Row head = figures.createRow(3);
            String[] columns = {"指标", "代码", "数值", "分子", "分母", "上期", "全区", "目标", "达标情况"};
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c]);
            }
            int r = 4;
            for (Indicator i : content.total().indicators()) {
                Row row = figures.createRow(r++);
                row.createCell(0).setCellValue(i.nameZh());
                row.createCell(1).setCellValue(i.code());
                number(row, 2, i.value());
                row.createCell(3).setCellValue(i.numerator());
                row.createCell(4).setCellValue(i.denominator());
                number(row, 5, content.previous().indicator(i.code()).value());
                number(row, 6, (content.district() == null ? content.total() : content.district())
                        .indicator(i.code()).value());
                number(row, 7, i.target());
                row.createCell(8).setCellValue(statusZh(i.status()));
            }
            for (Section section : content.sections()) {
                Sheet sheet = workbook.createSheet(section.heading());
                Row sectionHead = sheet.createRow(0);
                List<String> headings = new ArrayList<>(List.of(section.keyHeading(), "代码"));
                List<String> counts = List.of("received", "closed", "dispatched", "signed", "signed_on_time", "returned",
                        "satisfied", "satisfaction_answers");
                headings.addAll(List.of("接警", "办结", "指令", "签收", "按时签收", "退单", "满意", "满意度回答"));
                TABLE_RATES.forEach(code -> headings.add(code));
                for (int h = 0; h < headings.size(); h++) {
                    sectionHead.createCell(h).setCellValue(headings.get(h));
                }
                int u = 1;
                for (Map.Entry<String, FigureSet> entry : section.rows().entrySet()) {
                    Row row = sheet.createRow(u++);
                    row.createCell(0).setCellValue(section.names().getOrDefault(entry.getKey(), entry.getKey()));
                    row.createCell(1).setCellValue(entry.getKey());
                    for (int k = 0; k < counts.size(); k++) {
                        row.createCell(2 + k).setCellValue(entry.getValue().counts().get(counts.get(k)));
                    }
                    for (int k = 0; k < TABLE_RATES.size(); k++) {
                        number(row, 2 + counts.size() + k, entry.getValue().indicator(TABLE_RATES.get(k)).value());
                    }
                }
            }
            for (Listing listing : content.listings()) {
                Sheet sheet = workbook.createSheet(listing.heading());
                Row listingHead = sheet.createRow(0);
                for (int h = 0; h < listing.columns().size(); h++) {
                    listingHead.createCell(h).setCellValue(listing.columns().get(h));
                }
                int r2 = 1;
                for (List<String> cells : listing.rows()) {
                    Row row = sheet.createRow(r2++);
                    for (int k = 0; k < cells.size(); k++) {
                        row.createCell(k).setCellValue(cells.get(k));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the workbook of " + content.title(), e);
        }
    }

    private static void number(Row row, int column, Double value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static String target(Indicator i) {
        return i.target() == null ? "—" : (i.higherIsBetter() ? "≥" : "≤") + percent(i.target());
    }

    /** ↑ or ↓ after the previous value when the figure moved (whether that is better, the target column says). */
    static String trend(Indicator now, Indicator before) {
        return switch (now.trendSince(before)) {
            case UP_BETTER, UP_WORSE -> " ↑";
            case DOWN_BETTER, DOWN_WORSE -> " ↓";
            case FLAT, NONE -> "";
        };
    }

    static String statusZh(Indicator.Status status) {
        return switch (status) {
            case GREEN -> "达标";
            case AMBER -> "接近目标";
            case RED -> "未达标";
            case NO_TARGET -> "—";
            case NO_DATA -> "无数据";
        };
    }
}
