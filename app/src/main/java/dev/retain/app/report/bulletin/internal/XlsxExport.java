package dev.retain.app.report.bulletin.internal;

import dev.retain.app.core.documents.SheetText;
import dev.retain.app.report.bulletin.BulletinReport;
import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.SectionContent;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Figure;
import dev.retain.app.report.bulletin.SectionContent.Series;
import dev.retain.app.report.bulletin.SectionContent.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * A report as a spreadsheet: a first sheet with the title and the summary sentences, then one sheet per section
 * (its key figures, tables, and each chart's data as a table). Streaming (SXSSF: a window of rows in memory), numbers
 * in number cells with their format (shares as percent cells), and every text through {@link SheetText} so that
 * nothing typed into a name (a campaign, a merchant) is ever read as a formula.
 */
@Component
class XlsxExport {

    /** Rows SXSSF keeps in memory per sheet; the rest are flushed to a temporary file. */
    private static final int WINDOW = 200;

    byte[] write(BulletinReport report) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            Sheet summary = book.createSheet(sheetName(report.period().code(), names));
            int r = 0;
            text(summary.createRow(r++), 0, report.title(), styles.title);
            r++;
            for (String sentence : report.summary()) text(summary.createRow(r++), 0, sentence, null);
            summary.setColumnWidth(0, 100 * 256);
            for (SectionContent section : report.sections()) section(book.createSheet(sheetName(section.title(), names)), section, styles);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(Sheet sheet, SectionContent section, Styles styles) {
        int r = 0;
        text(sheet.createRow(r++), 0, section.title(), styles.title);
        for (String sentence : section.sentences()) text(sheet.createRow(r++), 0, sentence, null);
        r++;
        for (Figure f : section.figures()) {
            Row row = sheet.createRow(r++);
            text(row, 0, f.label(), styles.heading);
            cell(row, 1, f.value(), styles);
        }
        for (Table t : section.tables()) {
            r++;
            if (!t.title().isEmpty()) text(sheet.createRow(r++), 0, t.title(), styles.heading);
            r = table(sheet, r, t.headers(), t.rows(), styles);
        }
        for (Chart c : section.charts()) {
            r++;
            text(sheet.createRow(r++), 0, c.title(), styles.heading);
            List<String> headers = new ArrayList<>();
            headers.add("");
            headers.addAll(c.categories());
            List<List<Cell>> rows = new ArrayList<>();
            for (Series s : c.series()) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.text(s.name()));
                for (Double v : s.values()) row.add(Cell.decimal(v));
                rows.add(row);
            }
            r = table(sheet, r, headers, rows, styles);
        }
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c < 12; c++) sheet.setColumnWidth(c, 16 * 256);
    }

    private static int table(Sheet sheet, int r, List<String> headers, List<List<Cell>> rows, Styles styles) {
        Row head = sheet.createRow(r++);
        for (int c = 0; c < headers.size(); c++) text(head, c, headers.get(c), styles.heading);
        for (List<Cell> cells : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) cell(row, c, cells.get(c), styles);
        }
        return r;
    }

    private static void cell(Row row, int column, Cell value, Styles styles) {
        if (value.kind() == Cell.Kind.TEXT) {
            text(row, column, value.text(), null);
            return;
        }
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        if (value.number() == null) return; // no figure: an empty cell, not a zero
        switch (value.kind()) {
            case COUNT -> {
                c.setCellValue(value.number());
                c.setCellStyle(styles.count);
            }
            case PERCENT -> {
                c.setCellValue(value.number() / 100);
                c.setCellStyle(styles.percent);
            }
            default -> {
                c.setCellValue(value.number());
                c.setCellStyle(styles.decimal);
            }
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        c.setCellValue(SheetText.safe(text));
        if (style != null) c.setCellStyle(style);
    }

    /** A sheet's name: without the characters Excel refuses, at most 31 characters, unique in the book. */
    static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\']", " ").trim();
        if (base.isEmpty()) base = "sheet";
        if (base.length() > 28) base = base.substring(0, 28);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) name = base + " " + i;
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle count;
        final CellStyle percent;
        final CellStyle decimal;

        Styles(SXSSFWorkbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(big);
            Font bold = book.createFont();
            bold.setBold(true);
            heading = book.createCellStyle();
            heading.setFont(bold);
            count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
        }
    }
}
