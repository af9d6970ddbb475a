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
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.linkage110.supervision.FigureSet;
import org.linkage110.supervision.Indicator;

/** A report's files: a printable PDF in Chinese (CJK font embedded) and an Excel workbook. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Share as people read it: one decimal and a percent sign; a dash without a denominator. */
    public static String percent(Double value) {
        return value == null ? "—" : String.format("%.1f%%", value * 100);
    }

    public static byte[] pdf(String title, String period, FigureSet total, Map<String, FigureSet> byUnit,
                             Map<String, String> unitNames, String font) {
        try {
            BaseFont cjk = BaseFont.createFont(font, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font heading = new Font(cjk, 18, Font.BOLD);
            Font text = new Font(cjk, 10);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 48, 48, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            Paragraph head = new Paragraph(title, heading);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph sub = new Paragraph(InstrumentPdf.ISSUER + "　统计期间：" + period, text);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            document.add(sub);
            document.add(new Paragraph("一、全区总体情况（接警 " + total.counts().get("received") + " 起，分流 "
                    + total.counts().get("diverted") + " 起，办结 " + total.counts().get("closed") + " 起）", text));
            PdfPTable figures = new PdfPTable(new float[] {3, 2, 2, 2, 2});
            figures.setWidthPercentage(100);
            figures.setSpacingBefore(6);
            for (String h : List.of("指标", "数值", "分子/分母", "目标", "达标情况")) {
                figures.addCell(new Paragraph(h, text));
            }
            for (Indicator i : total.indicators()) {
                figures.addCell(new Paragraph(i.nameZh(), text));
                figures.addCell(new Paragraph(percent(i.value()), text));
                figures.addCell(new Paragraph(i.numerator() + "/" + i.denominator(), text));
                figures.addCell(new Paragraph(i.target() == null ? "—" : (i.higherIsBetter() ? "≥" : "≤")
                        + percent(i.target()), text));
                figures.addCell(new Paragraph(statusZh(i.status()), text));
            }
            document.add(figures);
            Paragraph units = new Paragraph("二、各单位情况", text);
            units.setSpacingBefore(12);
            document.add(units);
            PdfPTable table = new PdfPTable(new float[] {4, 2, 2, 2, 2, 2});
            table.setWidthPercentage(100);
            table.setSpacingBefore(6);
            for (String h : List.of("单位", "指令数", "签收率", "响应率", "办结率", "回流率")) {
                table.addCell(new Paragraph(h, text));
            }
            byUnit.forEach((unit, set) -> {
                table.addCell(new Paragraph(unitNames.getOrDefault(unit, unit), text));
                table.addCell(new Paragraph(String.valueOf(set.counts().get("dispatched")), text));
                table.addCell(new Paragraph(percent(set.indicator("SIGN_FOR").value()), text));
                table.addCell(new Paragraph(percent(set.indicator("RESPONSE").value()), text));
                table.addCell(new Paragraph(percent(set.indicator("COMPLETION").value()), text));
                table.addCell(new Paragraph(percent(set.indicator("BOUNCE_BACK").value()), text));
            });
            document.add(table);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot render the report " + title, e);
        }
    }

    public static byte[] xlsx(String title, String period, FigureSet total, Map<String, FigureSet> byUnit,
                              Map<String, String> unitNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet figures = workbook.createSheet("全区指标");
            figures.createRow(0).createCell(0).setCellValue(title);
            figures.createRow(1).createCell(0).setCellValue("统计期间：" + period);
            Row head = figures.createRow(3);
            String[] columns = {"指标", "代码", "数值", "分子", "分母", "目标", "达标情况"};
            for (int c = 0; c < columns.length; c++) {
                head.createCell(c).setCellValue(columns[c]);
            }
            int r = 4;
            for (Indicator i : total.indicators()) {
                Row row = figures.createRow(r++);
                row.createCell(0).setCellValue(i.nameZh());
                row.createCell(1).setCellValue(i.code());
                if (i.value() != null) {
                    row.createCell(2).setCellValue(i.value());
                }
                row.createCell(3).setCellValue(i.numerator());
                row.createCell(4).setCellValue(i.denominator());
                if (i.target() != null) {
                    row.createCell(5).setCellValue(i.target());
                }
                row.createCell(6).setCellValue(statusZh(i.status()));
            }
            Sheet units = workbook.createSheet("各单位");
            Row unitHead = units.createRow(0);
            String[] unitColumns = {"单位", "代码", "指令数", "签收", "按时签收", "退单", "接警", "办结"};
            for (int c = 0; c < unitColumns.length; c++) {
                unitHead.createCell(c).setCellValue(unitColumns[c]);
            }
            int u = 1;
            for (Map.Entry<String, FigureSet> entry : byUnit.entrySet()) {
                Row row = units.createRow(u++);
                Map<String, Long> c = entry.getValue().counts();
                row.createCell(0).setCellValue(unitNames.getOrDefault(entry.getKey(), entry.getKey()));
                row.createCell(1).setCellValue(entry.getKey());
                row.createCell(2).setCellValue(c.get("dispatched"));
                row.createCell(3).setCellValue(c.get("signed"));
                row.createCell(4).setCellValue(c.get("signed_on_time"));
                row.createCell(5).setCellValue(c.get("returned"));
                row.createCell(6).setCellValue(c.get("received"));
                row.createCell(7).setCellValue(c.get("closed"));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the workbook of " + title, e);
        }
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
