package dev.retain.app.report.bulletin;

/**
 * One value of a report: text, or a number with its kind, so the spreadsheet writes a number cell with the right
 * format and the PDF the same figure as text. A null number is "no figure" (nothing to divide by, no data yet).
 */
public record Cell(Kind kind, String text, Double number) {

    public enum Kind {
        TEXT, COUNT, PERCENT, DECIMAL
    }

    public static Cell text(String text) {
        return new Cell(Kind.TEXT, text == null ? "" : text, null);
    }

    public static Cell count(long value) {
        return new Cell(Kind.COUNT, null, (double) value);
    }

    /** A share already in percent (96.2 for 96.2 %); null: no figure. */
    public static Cell percent(Double value) {
        return new Cell(Kind.PERCENT, null, value);
    }

    public static Cell decimal(Double value) {
        return new Cell(Kind.DECIMAL, null, value);
    }

    public static Cell of(Kind kind, Double value) {
        return kind == Kind.TEXT ? text(value == null ? "" : value.toString()) : new Cell(kind, null, value);
    }

    /** As the PDF and the page print it. */
    public String display(ReportWords words) {
        if (kind == Kind.TEXT) return text;
        if (number == null) return "–";
        return switch (kind) {
            case COUNT -> words.count(Math.round(number));
            case PERCENT -> words.decimal(number) + "%";
            default -> words.decimal(number);
        };
    }
}
