package dev.retain.spark;

import dev.retain.engine.value.Msisdn;

/**
 * The partition of a row: by its MSISDN as the engine identifies a subscriber ({@link Msisdn#canonical}, so
 * {@code +86…} and the national form meet), so every row of a subscriber lands in one partition. A row without
 * a readable number goes anywhere: the engine rejects it there as it would on one machine.
 */
final class SubscriberKey {

    private SubscriberKey() {
    }

    static int partition(byte[] line, int msisdnColumn, long lineNumber, int partitions) {
        String msisdn = field(line, msisdnColumn);
        int hash = msisdn == null ? Long.hashCode(lineNumber) : Msisdn.canonical(msisdn).hashCode();
        return Math.floorMod(hash, partitions);
    }

    /** The partition of a subscriber's number, in either form. */
    static int partitionOf(String msisdn, int partitions) {
        return Math.floorMod(Msisdn.canonical(msisdn).hashCode(), partitions);
    }

    /**
     * A field of one CSV line as the engine reads it (RFC 4180 quotes, "" inside them, spaces and tabs trimmed; null
     * when blank), found without building a reader: this runs once for every row of the province.
     */
    static String field(byte[] line, int column) {
        int i = 0;
        int n = line.length;
        if (n >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) i = 3;
        for (int f = 0; f <= column; f++) {
            if (i > n) return null;
            boolean quoted = i < n && line[i] == '"';
            int from = quoted ? i + 1 : i;
            int to;
            boolean escapes = false;
            if (quoted) {
                int j = from;
                while (j < n && !(line[j] == '"' && (j + 1 >= n || line[j + 1] != '"'))) {
                    if (line[j] == '"') {
                        escapes = true;
                        j++;
                    }
                    j++;
                }
                to = Math.min(j, n);
                i = j + 1;
                while (i < n && line[i] != ',') i++; // anything after the closing quote: the engine rejects the row anyway
            } else {
                int j = from;
                while (j < n && line[j] != ',') j++;
                to = j;
                i = j;
            }
            i++; // past the comma
            if (f == column) return text(line, from, to, escapes);
        }
        return null;
    }

    private static String text(byte[] line, int from, int to, boolean escapes) {
        while (from < to && (line[from] == ' ' || line[from] == '\t')) from++;
        while (to > from && (line[to - 1] == ' ' || line[to - 1] == '\t')) to--;
        if (from == to) return null;
        String s = new String(line, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
        return escapes ? s.replace("\"\"", "\"") : s;
    }
}
