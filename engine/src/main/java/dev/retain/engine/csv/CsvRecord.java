package dev.retain.engine.csv;

import java.nio.charset.StandardCharsets;

/**
 * One record of a CSV file as offsets into the reader's buffer. Valid only until the
 * reader moves on: numbers are parsed straight from the bytes so that the hot import path
 * makes no strings for fields it only needs as numbers.
 */
public final class CsvRecord {

    byte[] buf;
    int start;
    int end;
    int fieldCount;
    int[] fieldStart = new int[32];
    int[] fieldEnd = new int[32];
    boolean[] needsUnquote = new boolean[32];
    boolean nonAscii;
    String malformed;

    void reset(byte[] buf, int start) {
        this.buf = buf;
        this.start = start;
        this.fieldCount = 0;
        this.nonAscii = false;
        this.malformed = null;
    }

    void addField(int from, int to, boolean quotedWithEscapes) {
        if (fieldCount == fieldStart.length) {
            fieldStart = java.util.Arrays.copyOf(fieldStart, fieldCount * 2);
            fieldEnd = java.util.Arrays.copyOf(fieldEnd, fieldCount * 2);
            needsUnquote = java.util.Arrays.copyOf(needsUnquote, fieldCount * 2);
        }
        fieldStart[fieldCount] = from;
        fieldEnd[fieldCount] = to;
        needsUnquote[fieldCount] = quotedWithEscapes;
        fieldCount++;
    }

    public int fieldCount() {
        return fieldCount;
    }

    /** Why the record cannot be read as CSV at all (bad quoting), or null. */
    public String malformed() {
        return malformed;
    }

    /** Null when the record is valid UTF-8, else the reason. Only non-ASCII records are checked. */
    public String utf8Problem() {
        if (!nonAscii) return null;
        return Utf8.isValid(buf, start, end) ? null : "bytes that are not UTF-8";
    }

    /** True when the field is missing, empty or only spaces and tabs; decides without making a string. */
    public boolean isBlank(int field) {
        if (field < 0 || field >= fieldCount) return true;
        for (int i = fieldStart[field]; i < fieldEnd[field]; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') return false;
        }
        return true;
    }

    public String text(int field) {
        if (field >= fieldCount) return "";
        String s = new String(buf, fieldStart[field], fieldEnd[field] - fieldStart[field], StandardCharsets.UTF_8);
        return needsUnquote[field] ? s.replace("\"\"", "\"") : s;
    }

    private final String[] interned = new String[4096];

    /**
     * Like {@link #optionalText} but for short values that repeat across rows (codes,
     * regions, plan ids): returns the same String instance for the same bytes instead of
     * decoding each row anew.
     */
    public String internedText(int field) {
        if (field < 0 || field >= fieldCount || needsUnquote[field]) return optionalText(field);
        int from = fieldStart[field];
        int to = fieldEnd[field];
        if (to - from > 24) return optionalText(field);
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + buf[i];
        int slot = (h ^ (h >>> 12)) & (interned.length - 1);
        String cached = interned[slot];
        if (cached != null && sameBytes(cached, from, to)) return cached;
        String fresh = optionalText(field);
        if (fresh != null && fresh.length() == to - from) interned[slot] = fresh;
        return fresh;
    }

    private boolean sameBytes(String s, int from, int to) {
        if (s.length() != to - from) return false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != buf[from + i]) return false; // only ASCII strings are cached with equal length
        }
        return true;
    }

    /** The field without surrounding spaces, or null when empty. */
    public String optionalText(int field) {
        if (field < 0 || field >= fieldCount) return null;
        int from = fieldStart[field];
        int to = fieldEnd[field];
        while (from < to && (buf[from] == ' ' || buf[from] == '\t')) from++;
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) to--;
        if (from == to) return null;
        String s = new String(buf, from, to - from, StandardCharsets.UTF_8);
        return needsUnquote[field] ? s.replace("\"\"", "\"") : s;
    }

    public byte[] bytes() {
        return buf;
    }

    public int fieldStart(int field) {
        return fieldStart[field];
    }

    public int fieldEnd(int field) {
        return fieldEnd[field];
    }

    /** The raw record for a rejects report, cut to a readable length. */
    public String raw() {
        int len = Math.min(end - start, 500);
        String s = new String(buf, start, len, StandardCharsets.UTF_8);
        return s.replace("\r", "").replace("\n", "\\n");
    }
}
