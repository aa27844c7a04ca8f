package dev.retain.spark;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.parquet.ContractSpelling;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A Parquet row in the contract's CSV spelling, so that the engine validates it exactly as it validates a CSV
 * line: text as it is, whole and decimal numbers written out plainly (never 1.0E7), dates as yyyy-MM-dd,
 * timestamps as yyyy-MM-dd HH:mm:ss (an instant in Asia/Shanghai), booleans as true/false, a null as an empty field:
 * the engine's own rules for Parquet ({@link ContractSpelling}).
 */
final class ParquetValues {

    private ParquetValues() {
    }

    static byte[] csvLine(Object[] values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) line.append(',');
            line.append(CsvWriter.escape(text(values[i])));
        }
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return ContractSpelling.plain(d);
        if (v instanceof Float f) return ContractSpelling.plain(f);
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof java.sql.Timestamp t) return ContractSpelling.instant(t.toInstant());
        if (v instanceof java.time.Instant t) return ContractSpelling.instant(t);
        if (v instanceof java.time.LocalDateTime t) return ContractSpelling.local(t); // a timestamp without a zone: as written
        if (v instanceof byte[] b) return new String(b, java.nio.charset.StandardCharsets.UTF_8); // binary without a string annotation
        return v.toString(); // String, whole numbers, Boolean, java.sql.Date and LocalDate (ISO)
    }
}
