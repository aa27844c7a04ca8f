package dev.retain.app.report.bulletin;

import java.util.List;

/**
 * What one section contributes to a report, in the report's language: a title, key figures, generated sentences
 * (computed, never fixed numbers), tables and charts. {@code id} names the section (and its spreadsheet sheet with
 * the title).
 */
public record SectionContent(String id, String title, List<Figure> figures, List<String> sentences, List<Table> tables,
                             List<Chart> charts) {

    public SectionContent {
        figures = List.copyOf(figures);
        sentences = List.copyOf(sentences);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /** A key figure: its label and value. */
    public record Figure(String label, Cell value) {
    }

    /** A table: its title (may be empty), column headings and rows of cells. */
    public record Table(String title, List<String> headers, List<List<Cell>> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A chart's data: bars (categories side by side) or lines (a trend over the categories, usually months). */
    public record Chart(Type type, String title, List<String> categories, List<Series> series) {

        public enum Type {
            BAR, LINE
        }

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** One series of a chart; a null value is a gap. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
