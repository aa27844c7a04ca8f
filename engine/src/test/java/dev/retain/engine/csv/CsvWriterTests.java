package dev.retain.engine.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract's CSV as the cycle and the synthetic province write it. */
class CsvWriterTests {

    @TempDir
    Path tmp;

    @Test
    void quotesOnlyWhereRfc4180NeedsItAndWritesEachTypeOnce() throws IOException {
        Path file = tmp.resolve("out.csv");
        try (CsvWriter w = new CsvWriter(file, "text", "number", "money", "fixed", "date", "flag", "code", "none")) {
            w.field("plain").field(-42).money(-50).fixed(257, 4).date(LocalDate.of(2026, 10, 31)).field(true)
                    .field("active".getBytes(StandardCharsets.US_ASCII)).empty();
            w.endRow();
            w.field("a,\"b\"\nc").field(0).money(18_800).fixed(-1, 4).date(null).field(false).field((String) null).field("");
            w.endRow();
            w.field("张三丰").field(Long.MIN_VALUE).money(Long.MIN_VALUE).fixed(0, 0).date(LocalDate.of(1940, 1, 2)).field(true)
                    .field("x\ry").field("😀");
            w.endRow();
        }
        assertThat(Files.readString(file)).isEqualTo("""
                text,number,money,fixed,date,flag,code,none
                plain,-42,-0.50,0.0257,2026-10-31,true,active,
                "a,""b""
                c",0,188.00,-0.0001,,false,,
                张三丰,-9223372036854775808,-92233720368547758.08,0,1940-01-02,true,"x\ry",😀
                """);
    }

    @Test
    void whatItWritesTheReaderReadsBack() throws IOException {
        Path file = tmp.resolve("round.csv");
        String[] values = {"plain", "with, comma", "with \"quotes\"", "line\nbreak", "张三", ""};
        try (CsvWriter w = new CsvWriter(file, "i", "v")) {
            for (int i = 0; i < values.length; i++) {
                w.field(i).field(values[i]);
                w.endRow();
            }
        }
        java.util.List<String> read = new java.util.ArrayList<>();
        try (CsvReader r = new CsvReader(Files.newInputStream(file))) {
            r.next(); // header
            while (r.next()) read.add(r.record().optionalText(1) == null ? "" : r.record().optionalText(1));
        }
        assertThat(read).containsExactly(values);
    }

    @Test
    void escapeAgreesWithTheWriter() {
        assertThat(CsvWriter.escape("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(CsvWriter.escape("plain")).isEqualTo("plain");
        assertThat(CsvWriter.escape(null)).isEmpty();
    }
}
