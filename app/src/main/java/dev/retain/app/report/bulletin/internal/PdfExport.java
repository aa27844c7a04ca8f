package dev.retain.app.report.bulletin.internal;

import dev.retain.app.core.documents.PdfDocuments;
import dev.retain.app.report.bulletin.BulletinReport;
import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Figure;
import dev.retain.app.report.bulletin.SectionContent.Table;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A report as a PDF: the template {@code report/bulletin-pdf} (XHTML) with every value already formatted in the
 * report's language and each chart drawn by {@link ChartImages} as a JPEG {@code data:} URI (nothing is fetched), then
 * {@link PdfDocuments} with the embedded Noto Sans SC font.
 */
@Component
class PdfExport {

    private static final DateTimeFormatter BUILT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final ChartImages charts;
    private final MessageSource messages;
    private final java.time.Clock clock;

    PdfExport(ITemplateEngine templates, PdfDocuments pdf, ChartImages charts, MessageSource messages, java.time.Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.charts = charts;
        this.messages = messages;
        this.clock = clock;
    }

    /** A section as the template prints it. */
    record PrintedSection(String title, List<String> sentences, List<PrintedFigure> figures, List<PrintedTable> tables, List<PrintedChart> charts) {
    }

    record PrintedFigure(String label, String value) {
    }

    record PrintedTable(String title, List<String> headers, List<List<PrintedCell>> rows) {
    }

    record PrintedCell(String text, boolean number) {
    }

    record PrintedChart(String title, String dataUri) {
    }

    byte[] write(BulletinReport report) {
        ReportWords words = new ReportWords(messages, report.locale());
        List<PrintedSection> sections = new ArrayList<>();
        for (SectionContent s : report.sections()) {
            List<PrintedFigure> figures = new ArrayList<>();
            for (Figure f : s.figures()) figures.add(new PrintedFigure(f.label(), f.value().display(words)));
            List<PrintedTable> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                List<List<PrintedCell>> rows = new ArrayList<>();
                for (List<Cell> row : t.rows()) rows.add(row.stream().map(c -> new PrintedCell(c.display(words), c.kind() != Cell.Kind.TEXT)).toList());
                tables.add(new PrintedTable(t.title(), t.headers(), rows));
            }
            List<PrintedChart> images = new ArrayList<>();
            for (Chart c : s.charts()) {
                images.add(new PrintedChart(c.title(), "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(charts.jpeg(c, words))));
            }
            sections.add(new PrintedSection(s.title(), s.sentences(), figures, tables, images));
        }
        Context context = new Context(report.locale());
        context.setVariable("title", report.title());
        context.setVariable("summary", report.summary());
        context.setVariable("sections", sections);
        context.setVariable("built", BUILT.format(report.builtAt().atZone(clock.getZone())));
        context.setVariable("font", PdfDocuments.FONT_FAMILY);
        return pdf.render(templates.process("report/bulletin-pdf", context));
    }
}
