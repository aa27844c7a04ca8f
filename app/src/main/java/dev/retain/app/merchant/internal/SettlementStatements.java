package dev.retain.app.merchant.internal;

import dev.retain.app.core.documents.PdfDocuments;
import dev.retain.app.core.documents.SheetText;
import dev.retain.app.merchant.SettlementCategoryTotals;
import dev.retain.app.merchant.SettlementDetail;
import dev.retain.app.merchant.SettlementLine;
import dev.retain.app.merchant.SettlementMoney;
import dev.retain.app.merchant.SettlementTotals;
import dev.retain.app.merchant.SettlementView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A settlement's statement as a spreadsheet (Apache POI) and as a PDF (the Thymeleaf template
 * {@code merchant/settlement-statement-pdf}, XHTML, rendered by {@link PdfDocuments} with the embedded CJK font), in
 * the reader's language. Money in yuan from whole fen (numeric cells with two decimals in the spreadsheet); every
 * text a user typed (merchant and offer names, clerks) goes into a cell through {@link SheetText}, never as a formula.
 */
@Component
public class SettlementStatements {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final SettlementMoney money;
    private final Clock clock;

    SettlementStatements(MessageSource messages, ITemplateEngine templates, PdfDocuments pdf, SettlementMoney money, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.pdf = pdf;
        this.money = money;
        this.clock = clock;
    }

    /** The file name without extension: {@code settlement-<merchant code>-<period>-<id>}. */
    public static String fileName(SettlementView s) {
        return "settlement-" + s.merchantCode().replaceAll("[^A-Za-z0-9-]", "") + "-" + s.period() + "-" + s.id();
    }

    public byte[] pdf(SettlementDetail detail, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("s", detail.settlement());
        context.setVariable("categories", detail.categories());
        context.setVariable("lines", detail.lines());
        context.setVariable("money", money);
        context.setVariable("times", this);
        context.setVariable("font", PdfDocuments.FONT_FAMILY);
        return pdf.render(templates.process("merchant/settlement-statement-pdf", context));
    }

    /** An instant as the province reads it (business zone), for the PDF's template. */
    public String shown(Instant at) {
        return at == null ? "—" : SHOWN.format(at.atZone(clock.getZone()));
    }

    public byte[] xlsx(SettlementDetail detail, Locale locale) {
        SettlementView s = detail.settlement();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Sheet summary = book.createSheet(text("merchant.settlement.sheet.summary", locale));
            int r = 0;
            text(summary.createRow(r++), 0, text("merchant.settlement.statement.title", locale), styles.bold);
            r++;
            r = fact(summary, r, text("merchant.settlement.col.merchant", locale), s.merchantName() + " (" + s.merchantCode() + ")");
            r = fact(summary, r, text("merchant.settlement.col.period", locale), s.period());
            r = fact(summary, r, text("merchant.settlement.col.state", locale), text("merchant.settlement.state." + s.state(), locale));
            r = fact(summary, r, text("merchant.settlement.col.applied", locale), shown(s.appliedAt()) + " " + s.appliedBy());
            if (s.decidedAt() != null) {
                r = fact(summary, r, text("merchant.settlement.col.decided", locale), shown(s.decidedAt()) + " " + s.decidedBy());
            }
            if (s.returnReason() != null) r = fact(summary, r, text("merchant.settlement.col.reason", locale), s.returnReason());
            r = fact(summary, r, text("merchant.settlement.col.contractVersion", locale), Integer.toString(s.contractVersion()));
            r = fact(summary, r, text("merchant.settlement.direction", locale), text("merchant.settlement.direction.text", locale));
            r++;
            Row head = summary.createRow(r++);
            String[] columns = {"category", "feePerRedemption", "share", "minimum", "cap", "count", "points", "value", "lineFee",
                    "adjustment", "fee", "payable"};
            for (int c = 0; c < columns.length; c++) text(head, c, text("merchant.settlement.col." + columns[c], locale), styles.bold);
            for (SettlementCategoryTotals c : detail.categories()) {
                Row row = summary.createRow(r++);
                text(row, 0, text("merchant.settlement.category." + c.category(), locale), null);
                yuan(row, 1, c.rule().feePerRedemptionFen(), styles.money);
                text(row, 2, money.percent(c.rule().shareBp()), null);
                if (c.rule().minimumFen() != null) yuan(row, 3, c.rule().minimumFen(), styles.money); else text(row, 3, "—", null);
                if (c.rule().capFen() != null) yuan(row, 4, c.rule().capFen(), styles.money); else text(row, 4, "—", null);
                totals(row, 5, c.totals(), styles);
            }
            Row total = summary.createRow(r);
            text(total, 0, text("merchant.settlement.total", locale), styles.bold);
            totals(total, 5, s.totals(), styles);
            for (int c = 0; c < columns.length; c++) summary.setColumnWidth(c, c == 0 ? 22 * 256 : 14 * 256);

            Sheet lines = book.createSheet(text("merchant.settlement.sheet.lines", locale));
            String[] lineColumns = {"receipt", "at", "category", "offer", "customer", "clerk", "direction", "points", "value", "lineFee"};
            Row lineHead = lines.createRow(0);
            for (int c = 0; c < lineColumns.length; c++) text(lineHead, c, text("merchant.settlement.col." + lineColumns[c], locale), styles.bold);
            int lr = 1;
            for (SettlementLine l : detail.lines()) {
                Row row = lines.createRow(lr++);
                text(row, 0, l.receiptNo(), null);
                text(row, 1, shown(l.at()), null);
                text(row, 2, text("merchant.settlement.category." + l.category(), locale), null);
                text(row, 3, l.offerTitle() == null ? "—" : l.offerTitle(), null);
                text(row, 4, l.msisdn(), null);
                text(row, 5, l.clerk(), null);
                text(row, 6, text(l.direction() == 1 ? "merchant.settlement.line.redemption" : "merchant.settlement.line.refund", locale), null);
                row.createCell(7).setCellValue(l.points());
                yuan(row, 8, l.valueFen(), styles.money);
                yuan(row, 9, l.feeFen(), styles.money);
            }
            for (int c = 0; c < lineColumns.length; c++) lines.setColumnWidth(c, (c == 0 ? 28 : c == 3 ? 24 : 14) * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle bold, CellStyle money, CellStyle boldMoney) {

        Styles(XSSFWorkbook book) {
            this(book.createCellStyle(), book.createCellStyle(), book.createCellStyle());
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            short format = book.createDataFormat().getFormat("#,##0.00");
            money.setDataFormat(format);
            boldMoney.setDataFormat(format);
            boldMoney.setFont(font);
        }
    }

    private static void totals(Row row, int from, SettlementTotals t, Styles styles) {
        row.createCell(from).setCellValue(t.count());
        row.createCell(from + 1).setCellValue(t.points());
        yuan(row, from + 2, t.valueFen(), styles.money);
        yuan(row, from + 3, t.lineFeeFen(), styles.money);
        yuan(row, from + 4, t.adjustmentFen(), styles.money);
        yuan(row, from + 5, t.feeFen(), styles.money);
        yuan(row, from + 6, t.payableFen(), styles.boldMoney);
    }

    /** Yuan in a numeric cell: the fen as an exact decimal, written as the shortest double that reads back as it. */
    private static void yuan(Row row, int column, long fen, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(BigDecimal.valueOf(fen, 2).doubleValue());
        cell.setCellStyle(style);
    }

    private static int fact(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        text(row, 1, value, null);
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(SheetText.safe(value));
        if (style != null) cell.setCellStyle(style);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
