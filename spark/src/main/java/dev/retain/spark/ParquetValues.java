package dev.retain.spark;

import dev.retain.engine.csv.CsvWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A Parquet row in the contract's CSV spelling, so that the engine validates it exactly as it validates a CSV
 * line: text as it is, whole and decimal numbers written out plainly (never 1.0E7), dates as yyyy-MM-dd,
 * timestamps as yyyy-MM-dd HH:mm:ss, booleans as true/false, a null as an empty field.
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
        if (v instanceof Double d) return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (v instanceof Float f) return new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof java.sql.Timestamp t) return t.toLocalDateTime().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        if (v instanceof java.time.LocalDateTime t) return t.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return v.toString(); // String, whole numbers, Boolean, java.sql.Date and LocalDate (ISO)
    }
}
