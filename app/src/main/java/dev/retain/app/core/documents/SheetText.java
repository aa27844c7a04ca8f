package dev.retain.app.core.documents;

/**
 * Text for a spreadsheet cell that a spreadsheet program never reads as a formula (CSV/formula injection, OWASP):
 * text starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe. Numbers go into numeric
 * cells and are not text.
 */
public final class SheetText {

    private SheetText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) return text == null ? "" : text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
