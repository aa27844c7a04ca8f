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

    public boolean isBlank(int field) {
        return field >= fieldCount || fieldEnd[field] == fieldStart[field] || text(field).isBlank();
    }

    public String text(int field) {
        if (field >= fieldCount) return "";
        String s = new String(buf, fieldStart[field], fieldEnd[field] - fieldStart[field], StandardCharsets.UTF_8);
        return needsUnquote[field] ? s.replace("\"\"", "\"") : s;
    }

    /** The field's trimmed text, or null when empty. */
    public String optionalText(int field) {
        if (field < 0 || field >= fieldCount) return null;
        String s = text(field).trim();
        return s.isEmpty() ? null : s;
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
