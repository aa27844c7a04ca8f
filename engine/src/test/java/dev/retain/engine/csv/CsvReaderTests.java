package dev.retain.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming RFC 4180 reader: quoting, line numbers, encodings and its 1 MiB buffer's edges. */
class CsvReaderTests {

    private static final int BUFFER = 1 << 20;

    /** One record as read: where it started, its fields, and what the reader said about it. */
    record Rec(long line, List<String> fields, String malformed, String utf8Problem) {
        static Rec of(long line, String... fields) {
            return new Rec(line, List.of(fields), null, null);
        }
    }

    static List<Rec> readAll(InputStream in) throws IOException {
        List<Rec> out = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in)) {
            while (reader.next()) {
                CsvRecord r = reader.record();
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < r.fieldCount(); i++) fields.add(r.text(i));
                out.add(new Rec(reader.line(), fields, r.malformed(), r.utf8Problem()));
            }
        }
        return out;
    }

    static List<Rec> readAll(byte[] bytes) throws IOException {
        return readAll(new ByteArrayInputStream(bytes));
    }

    static List<Rec> readAll(String text) throws IOException {
        return readAll(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream that hands out at most {@code chunk} bytes per read, as a socket or pipe may. */
    static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    // ------------------------------------------------------------------ RFC 4180

    @Test
    void plainRecordsAndPhysicalLines() throws IOException {
        assertThat(readAll("a,b,c\n1,2,3\n,,\n")).containsExactly(
                Rec.of(1, "a", "b", "c"), Rec.of(2, "1", "2", "3"), Rec.of(3, "", "", ""));
    }

    @Test
    void quotedCommasDoubledQuotesAndLineBreaksKeepPhysicalLineNumbers() throws IOException {
        String text = "name,note\n"
                + "\"Wang, Li\",\"say \"\"hi\"\"\"\n"
                + "\"two\nlines\",x\n"
                + "\"three\nmore\nlines\",\"\"\n"
                + "last,y\n";
        assertThat(readAll(text)).containsExactly(
                Rec.of(1, "name", "note"),
                Rec.of(2, "Wang, Li", "say \"hi\""),
                Rec.of(3, "two\nlines", "x"),
                Rec.of(5, "three\nmore\nlines", ""),
                Rec.of(8, "last", "y"));
    }

    @Test
    void crlfLineEndingsAreNotPartOfTheLastField() throws IOException {
        String text = "a,b\r\n1,2\r\n\"q\",\"r\"\r\n\"x\r\ny\",z\r\n3,4\r\n";
        assertThat(readAll(text)).containsExactly(
                Rec.of(1, "a", "b"), Rec.of(2, "1", "2"), Rec.of(3, "q", "r"), Rec.of(4, "x\r\ny", "z"), Rec.of(6, "3", "4"));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "msisdn,name\n13800000001,张伟\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(readAll(all)).containsExactly(Rec.of(1, "msisdn", "name"), Rec.of(2, "13800000001", "张伟"));
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        assertThat(readAll("a,b\n\n1,2\r\n\r\n\n3,4\n")).containsExactly(Rec.of(1, "a", "b"), Rec.of(3, "1", "2"), Rec.of(6, "3", "4"));
    }

    @Test
    void theLastRecordNeedsNoLineBreak() throws IOException {
        assertThat(readAll("a,b\n1,2")).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "1", "2"));
        assertThat(readAll("a,b\n1,\"2\"")).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "1", "2"));
        assertThat(readAll("a,b\n1,")).containsExactly(Rec.of(1, "a", "b"), Rec.of(2, "1", ""));
    }

    @Test
    void anUnclosedQuoteIsMalformed() throws IOException {
        List<Rec> recs = readAll("a,b\n1,\"never closed\n2,3\n");
        assertThat(recs).hasSize(2);
        assertThat(recs.get(1).line()).isEqualTo(2);
        assertThat(recs.get(1).malformed()).contains("never closed");
    }

    @Test
    void textAfterAClosingQuoteIsMalformedAndTheNextRecordIsUnharmed() throws IOException {
        List<Rec> recs = readAll("a,b\n\"x\"junk,1\n2,3\n");
        assertThat(recs).hasSize(3);
        assertThat(recs.get(1).line()).isEqualTo(2);
        assertThat(recs.get(1).malformed()).isEqualTo("text after a closing quote");
        assertThat(recs.get(2)).isEqualTo(Rec.of(3, "2", "3"));
    }

    @Test
    void invalidUtf8IsReportedPerRecordValidUtf8IsNot() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("a,b\n1,张伟\n2,".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.write(0xFE);
        b.writeBytes("x\n3,é\n".getBytes(StandardCharsets.UTF_8));
        List<Rec> recs = readAll(b.toByteArray());
        assertThat(recs).hasSize(4);
        assertThat(recs.get(1).utf8Problem()).isNull();
        assertThat(recs.get(2).utf8Problem()).isEqualTo("bytes that are not UTF-8");
        assertThat(recs.get(2).line()).isEqualTo(3);
        assertThat(recs.get(3)).isEqualTo(Rec.of(4, "3", "é"));
    }

    @Test
    void emptyInputHasNoRecords() throws IOException {
        assertThat(readAll(new byte[0])).isEmpty();
        assertThat(readAll("\n\n")).isEmpty();
    }

    @Test
    void manyFieldsGrowTheRecord() throws IOException {
        String row = String.join(",", java.util.Collections.nCopies(100, "v"));
        List<Rec> recs = readAll(row + "\n" + row + "\n");
        assertThat(recs).hasSize(2);
        assertThat(recs.get(1).fields()).hasSize(100).containsOnly("v");
    }

    @Test
    void bytesReadCountsTheWholeInput() throws IOException {
        byte[] bytes = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes))) {
            while (reader.next()) {
                // read to the end
            }
            assertThat(reader.bytesRead()).isEqualTo(bytes.length);
        }
    }

    // ------------------------------------------------------------------ the buffer's edges

    @Test
    void aRecordLargerThanTheInitialBuffer() throws IOException {
        String huge = "x".repeat(BUFFER + BUFFER / 2);
        // 1 MiB of quoted text with commas, doubled quotes and a line break
        String hugeQuoted = "y,\"z".repeat(BUFFER / 4) + "\n\"end";
        String text = "h1,h2\n" + huge + ",1\n\"" + hugeQuoted.replace("\"", "\"\"") + "\",2\nlast,3\n";
        List<Rec> recs = readAll(text);
        assertThat(recs).hasSize(4);
        assertThat(recs.get(1).fields()).hasSize(2);
        assertThat(recs.get(1).fields().get(0).equals(huge)).as("the 1.5 MiB field is read whole").isTrue();
        assertThat(recs.get(1).fields().get(1)).isEqualTo("1");
        assertThat(recs.get(1).line()).isEqualTo(2);
        assertThat(recs.get(2).fields()).hasSize(2);
        assertThat(recs.get(2).fields().get(0).equals(hugeQuoted)).as("the 1 MiB quoted field is read whole").isTrue();
        assertThat(recs.get(2).fields().get(1)).isEqualTo("2");
        assertThat(recs.get(2).malformed()).isNull();
        assertThat(recs.get(2).line()).isEqualTo(3);
        assertThat(recs.get(3)).isEqualTo(Rec.of(5, "last", "3"));
    }

    @Test
    void aSingleRecordOfSeveralBuffersAtTheStart() throws IOException {
        String huge = "é".repeat(3 * BUFFER / 2); // 3 MiB of two-byte characters, first record
        List<Rec> recs = readAll(huge + "\n2\n");
        assertThat(recs).hasSize(2);
        assertThat(recs.get(0).fields()).hasSize(1);
        assertThat(recs.get(0).fields().get(0).equals(huge)).as("the 3 MiB first record is read whole").isTrue();
        assertThat(recs.get(0).utf8Problem()).isNull();
        assertThat(recs.get(1)).isEqualTo(Rec.of(2, "2"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1 << 20, 7, 4096})
    void manyRecordsCrossingTheBufferEdge(int chunk) throws IOException {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        List<Rec> expected = new ArrayList<>();
        long line = 1;
        String[] pieces = {"plain", "张伟", "with, comma", "quote \"q\"", "two\nlines", "crlf\r\ninside", "", "é"};
        while (text.length() < 3_000_000) {
            int n = 1 + random.nextInt(5);
            List<String> fields = new ArrayList<>();
            StringBuilder row = new StringBuilder();
            int breaks = 0;
            for (int f = 0; f < n; f++) {
                String value = pieces[random.nextInt(pieces.length)] + random.nextInt(1000);
                fields.add(value);
                if (f > 0) row.append(',');
                boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || random.nextInt(4) == 0;
                row.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
                breaks += (int) value.chars().filter(c -> c == '\n').count();
            }
            row.append(random.nextBoolean() ? "\r\n" : "\n");
            text.append(row);
            expected.add(new Rec(line, fields, null, null));
            line += 1 + breaks;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(3 * BUFFER - 200_000);
        List<Rec> actual = readAll(trickle(bytes, chunk));
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                assertThat(actual.get(i)).as("record " + i).isEqualTo(expected.get(i));
            }
        }
    }

    /**
     * Puts a tricky record so that each of its bytes in turn sits on the first buffer's last
     * byte: the split lands inside a doubled quote, between CR and LF, after a closing
     * quote, inside a multi-byte character.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "\"a\"\"b\",\"c\"\r\n",
            "x,\"y\r\nz\"\n",
            "\"q\",\"\"\n",
            "中文,é,\"引号\"\"\"\r\n",
            "\"x\"junk,1\n",
            "1,2,3\r\n"})
    void everySplitOfATrickyRecordAtTheBufferEdge(String tricky) throws IOException {
        List<Rec> reference = readAll("h\n" + tricky + "after,1\n");
        assertThat(reference).hasSize(3);
        byte[] trickyBytes = tricky.getBytes(StandardCharsets.UTF_8);
        for (int split = 0; split <= trickyBytes.length + 1; split++) {
            // filler lines of 100 bytes after one longer line, so that the tricky record starts at BUFFER - split
            int fillerBytes = BUFFER - split;
            int first = 100 + fillerBytes % 100;
            int rows = 1 + (fillerBytes - first) / 100;
            byte[] trailer = ("after,1\n").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[fillerBytes + trickyBytes.length + trailer.length];
            java.util.Arrays.fill(bytes, 0, fillerBytes, (byte) 'f');
            bytes[first - 1] = '\n';
            for (int end = first + 99; end < fillerBytes; end += 100) bytes[end] = '\n';
            System.arraycopy(trickyBytes, 0, bytes, fillerBytes, trickyBytes.length);
            System.arraycopy(trailer, 0, bytes, fillerBytes + trickyBytes.length, trailer.length);
            List<Rec> recs = readAll(bytes);
            assertThat(recs).as("split " + split).hasSize(rows + 2);
            Rec got = recs.get(rows);
            Rec want = reference.get(1);
            assertThat(got.fields()).as("fields, split " + split).isEqualTo(want.fields());
            assertThat(got.malformed()).as("malformed, split " + split).isEqualTo(want.malformed());
            assertThat(got.utf8Problem()).as("utf-8, split " + split).isNull();
            assertThat(got.line()).as("line, split " + split).isEqualTo(rows + 1);
            Rec after = recs.get(rows + 1);
            assertThat(after.fields()).as("the record after, split " + split).containsExactly("after", "1");
            assertThat(after.line()).as("the record after, split " + split).isEqualTo(rows + 1 + linesIn(tricky));
        }
    }

    private static long linesIn(String record) {
        return record.chars().filter(c -> c == '\n').count();
    }
}
