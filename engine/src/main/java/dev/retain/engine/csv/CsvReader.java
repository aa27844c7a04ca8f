package dev.retain.engine.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A streaming RFC 4180 reader over raw bytes. It finds field boundaries without decoding,
 * so numbers can be parsed from bytes and only text fields become strings; non-ASCII
 * records are checked for valid UTF-8 on demand. Physical line numbers are tracked for
 * rejects reports (a quoted line break counts as a line).
 */
public final class CsvReader implements Closeable {

    private static final int INITIAL_BUFFER = 1 << 20;

    private final InputStream in;
    private byte[] buf;
    private int limit;
    private int pos;
    private boolean eof;
    private long nextLine = 1;
    private long recordLine;
    private long bytesRead;
    private final CsvRecord record = new CsvRecord();

    public CsvReader(InputStream in) throws IOException {
        this.in = in;
        this.buf = new byte[INITIAL_BUFFER];
        fill();
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3; // byte-order mark written by spreadsheet exports
        }
    }

    private CsvReader(byte[] bytes, int length) {
        this.in = InputStream.nullInputStream();
        this.buf = bytes;
        this.limit = length;
        this.eof = true;
        this.bytesRead = length;
        if (length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) pos = 3;
    }

    /**
     * A reader over bytes already in memory, used as they are (no copy, no 1 MB buffer): one line of a file
     * that the Spark job read, to find its MSISDN before the line goes to its subscriber's partition.
     */
    public static CsvReader over(byte[] bytes, int length) {
        return new CsvReader(bytes, length);
    }

    /** Physical line (1-based) where the current record starts. */
    public long line() {
        return recordLine;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public CsvRecord record() {
        return record;
    }

    /** Advances to the next non-empty record; false at end of file. */
    public boolean next() throws IOException {
        while (true) {
            if (pos >= limit && !refill()) return false;
            int outcome = parseRecordAt(pos);
            if (outcome == NEED_MORE) {
                if (!refill()) {
                    // unterminated last record (no newline, or an open quote): take what is there
                    outcome = parseRecordAtEof(pos);
                } else {
                    continue;
                }
            }
            if (outcome == BLANK) continue;
            return true;
        }
    }

    private static final int DONE = 0;
    private static final int NEED_MORE = 1;
    private static final int BLANK = 2;

    private int parseRecordAt(int from) {
        return parse(from, false);
    }

    private int parseRecordAtEof(int from) {
        return parse(from, true);
    }

    private int parse(int from, boolean atEof) {
        record.reset(buf, from);
        long line = nextLine;
        int linesInside = 0;
        int i = from;
        int fieldFrom = i;
        boolean high = false;
        while (true) {
            if (i >= limit) {
                if (!atEof) return NEED_MORE;
                record.addField(fieldFrom, i, false);
                return finish(from, i, i, line, linesInside, high);
            }
            byte b = buf[i];
            if (b == ',') {
                record.addField(fieldFrom, i, false);
                fieldFrom = ++i;
            } else if (b == '\n') {
                int fieldTo = i > fieldFrom && buf[i - 1] == '\r' ? i - 1 : i;
                record.addField(fieldFrom, fieldTo, false);
                return finish(from, fieldTo, i + 1, line, linesInside + 1, high);
            } else if (b == '"' && i == fieldFrom) {
                // quoted field: runs to the next quote not doubled
                int j = i + 1;
                boolean escapes = false;
                while (true) {
                    if (j >= limit) {
                        if (!atEof) return NEED_MORE;
                        record.addField(i + 1, j, escapes);
                        record.malformed = "a quoted field is never closed";
                        return finish(from, j, j, line, linesInside, high);
                    }
                    byte c = buf[j];
                    if (c == '"') {
                        if (j + 1 < limit && buf[j + 1] == '"') {
                            escapes = true;
                            j += 2;
                            continue;
                        }
                        if (j + 1 >= limit && !atEof) return NEED_MORE;
                        break;
                    }
                    if (c == '\n') linesInside++;
                    if (c < 0) high = true;
                    j++;
                }
                record.addField(i + 1, j, escapes);
                i = j + 1;
                if (i < limit && buf[i] == ',') {
                    fieldFrom = ++i;
                    if (i >= limit && !atEof) return NEED_MORE;
                    if (i >= limit) {
                        record.addField(i, i, false);
                        return finish(from, i, i, line, linesInside, high);
                    }
                    continue;
                }
                int after = i;
                if (after < limit && buf[after] == '\r') after++;
                if (after >= limit) {
                    if (!atEof) return NEED_MORE;
                    return finish(from, i, after, line, linesInside, high);
                }
                if (buf[after] == '\n') {
                    return finish(from, i, after + 1, line, linesInside + 1, high);
                }
                // junk after a closing quote: keep reading to the end of the line, report it
                int nl = after;
                while (nl < limit && buf[nl] != '\n') nl++;
                if (nl >= limit && !atEof) return NEED_MORE;
                record.malformed = "text after a closing quote";
                return finish(from, nl, Math.min(nl + 1, limit), line, linesInside + (nl < limit ? 1 : 0), high);
            } else {
                if (b < 0) high = true;
                i++;
            }
        }
    }

    private int finish(int from, int recordEnd, int next, long line, int lines, boolean high) {
        record.end = recordEnd;
        record.nonAscii = high;
        recordLine = line;
        nextLine = line + Math.max(lines, 1);
        pos = next;
        boolean blank = record.fieldCount == 1 && record.fieldEnd[0] == record.fieldStart[0] && record.malformed == null;
        return blank ? BLANK : DONE;
    }

    /** Keeps the unread tail, reads more; grows the buffer when one record fills it. */
    private boolean refill() throws IOException {
        if (eof) return false;
        int keep = limit - pos;
        if (pos == 0 && keep == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else if (keep > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
        }
        limit = keep;
        pos = 0;
        int before = limit;
        fill();
        return limit > before || (keep > 0 && !eof);
    }

    private void fill() throws IOException {
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return;
            }
            bytesRead += n;
            limit += n;
            if (n == 0) return;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
