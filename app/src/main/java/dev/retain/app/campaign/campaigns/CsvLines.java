package dev.retain.app.campaign.campaigns;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads an upload line by line, counting every physical line (blank ones too, so a refusal names the line the user
 * sees in an editor), and keeping at most {@code maxLength} characters of a line: a huge line is flagged, not held.
 * Lines end at LF, CR LF or CR.
 */
final class CsvLines {

    private final Reader in;
    private final int maxLength;
    private int lineNumber;
    private boolean tooLong;
    private int pending = -2; // a character read ahead after a CR; -2: none

    CsvLines(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its end, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        int c = pending != -2 ? pending : in.read();
        pending = -2;
        if (c == -1) return null;
        lineNumber++;
        while (c != -1 && c != '\n' && c != '\r') {
            if (line.length() < maxLength) line.append((char) c);
            else tooLong = true;
            c = in.read();
        }
        if (c == '\r') {
            int after = in.read();
            if (after != '\n') pending = after;
        }
        return line.toString();
    }

    /** The physical number of the line {@link #next()} returned last (1 for the first). */
    int lineNumber() {
        return lineNumber;
    }

    /** Whether that line was longer than the limit (then it came back cut). */
    boolean tooLong() {
        return tooLong;
    }
}
