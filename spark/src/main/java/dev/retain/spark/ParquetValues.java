package dev.retain.spark;

import dev.retain.engine.csv.CsvWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A Parquet row in the contract's CSV spelling, so that the engine validates it exactly as it validates a CSV
 * line: text as it is, whole and decimal numbers written out plainly (never 1.0E7), dates as yyyy-MM-dd,
 * timestamps as yyyy-MM-dd HH:mm:ss (an instant in Asia/Shanghai), booleans as true/false, a null as an empty field:
 * the engine's rules for Parquet on one machine ({@code dev.retain.engine.parquet.ParquetValues}).
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

    /** Instants are shown in the contract's zone, as the engine's Parquet reader shows them (whatever the executor's zone). */
    private static final java.time.ZoneId CONTRACT_ZONE = java.time.ZoneId.of("Asia/Shanghai");
    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : d.toString();
        if (v instanceof Float f) return Float.isFinite(f) ? new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString() : f.toString();
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof java.sql.Timestamp t) return t.toInstant().atZone(CONTRACT_ZONE).format(DATE_TIME);
        if (v instanceof java.time.Instant t) return t.atZone(CONTRACT_ZONE).format(DATE_TIME);
        if (v instanceof java.time.LocalDateTime t) return t.format(DATE_TIME); // a timestamp without a zone: as written
        if (v instanceof byte[] b) return new String(b, java.nio.charset.StandardCharsets.UTF_8); // binary without a string annotation
        return v.toString(); // String, whole numbers, Boolean, java.sql.Date and LocalDate (ISO)
    }
}
