package dev.retain.app.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.value.Months;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The COPY stream writes every value as the contract's CSV files do (one formatting core),
 * and PostgreSQL reads each back as the value it was: negative money, both ends of a long,
 * escaped text.
 */
@RetainWebTest
class CopyWriterTests {

    @Autowired DataSource dataSource;

    @TempDir
    Path tmp;

    record Values(long number, long fen, LocalDate date, YearMonth month, String text) {
    }

    private static final List<Values> VALUES = List.of(
            new Values(0, 0, LocalDate.of(2026, 10, 31), YearMonth.of(2026, 10), "plain"),
            new Values(-7, -50, LocalDate.of(1940, 1, 2), YearMonth.of(2027, 1), "tab\there, back\\slash, \\N"),
            new Values(Long.MAX_VALUE, -5, LocalDate.of(2000, 2, 29), YearMonth.of(1999, 12), "line\nbreak\r张三😀"),
            new Values(Long.MIN_VALUE, Long.MIN_VALUE, LocalDate.of(2026, 1, 1), YearMonth.of(2026, 1), "with, \"quotes\""),
            new Values(42, 18_800, LocalDate.of(1988, 8, 8), YearMonth.of(2025, 9), ""),
            new Values(-1, Long.MAX_VALUE, LocalDate.of(2030, 12, 31), YearMonth.of(2030, 12), "末"));

    @Test
    void copyWritesEveryValueAsTheCsvFilesDoAndPostgresReadsItBack() throws Exception {
        Path csv = tmp.resolve("values.csv");
        try (CsvWriter w = new CsvWriter(csv, "number", "money", "date")) {
            for (Values v : VALUES) {
                w.field(v.number()).money(v.fen()).date(v.date());
                w.endRow();
            }
        }
        List<String> csvRows = Files.readAllLines(csv).subList(1, VALUES.size() + 1);

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("create temp table copy_probe (seq int, number text, money text, date text, month text, body text,"
                    + " number_value bigint, money_value numeric(21, 2), date_value date, nothing text, flag boolean) on commit drop");
            try (CopyWriter w = CopyWriter.open(c.unwrap(PGConnection.class).getCopyAPI(), "copy_probe",
                    List.of("seq", "number", "money", "date", "month", "body", "number_value", "money_value", "date_value", "nothing", "flag"))) {
                for (int i = 0; i < VALUES.size(); i++) {
                    Values v = VALUES.get(i);
                    w.number(i).number(v.number()).money(v.fen()).date(v.date()).month(Months.index(v.month())).text(v.text())
                            .number(v.number()).money(v.fen()).date(v.date()).text(null).bool(i % 2 == 0);
                    w.endRow();
                }
                assertThat(w.finish()).isEqualTo(VALUES.size());
            }
            try (ResultSet rs = s.executeQuery("select number, money, date, month, body, number_value::text, money_value::text,"
                    + " date_value::text, nothing is null, flag from copy_probe order by seq")) {
                for (int i = 0; i < VALUES.size(); i++) {
                    assertThat(rs.next()).isTrue();
                    Values v = VALUES.get(i);
                    String copied = rs.getString(1) + "," + rs.getString(2) + "," + rs.getString(3);
                    assertThat(copied).as("row %d as COPY wrote it", i).isEqualTo(csvRows.get(i));
                    assertThat(rs.getString(6) + "," + rs.getString(7) + "," + rs.getString(8))
                            .as("row %d as PostgreSQL parsed it", i).isEqualTo(csvRows.get(i));
                    assertThat(rs.getString(4)).isEqualTo(v.month().toString());
                    assertThat(rs.getString(5)).isEqualTo(v.text());
                    assertThat(rs.getBoolean(9)).as("\\N is null").isTrue();
                    assertThat(rs.getBoolean(10)).isEqualTo(i % 2 == 0);
                }
            }
            c.rollback();
        }
        assertThat(csvRows.get(1)).isEqualTo("-7,-0.50,1940-01-02");
        assertThat(csvRows.get(3)).isEqualTo("-9223372036854775808,-92233720368547758.08,2026-01-01");
    }
}
