package dev.retain.app.retention.web;

/** RFC 4180 quoting for the exports. */
final class Csv {

    private Csv() {
    }

    static String field(String value) {
        if (value == null) return "";
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
