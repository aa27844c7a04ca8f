package dev.retain.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Parquet values on Spark are spelled as the engine spells them on one machine, whatever the executor's time zone. */
class ParquetValuesTests {

    @Test
    void valuesAreSpelledAsInTheContract() {
        assertThat(ParquetValues.text(12.5)).isEqualTo("12.5");
        assertThat(ParquetValues.text(1.0E7)).isEqualTo("10000000");
        assertThat(ParquetValues.text(Double.NaN)).as("rejected by the engine, not a crash").isEqualTo("NaN");
        assertThat(ParquetValues.text(new BigDecimal("188.00"))).isEqualTo("188.00");
        assertThat(ParquetValues.text("13800138000".getBytes(StandardCharsets.UTF_8))).isEqualTo("13800138000");
        assertThat(ParquetValues.text(LocalDateTime.of(2026, 10, 1, 3, 0))).isEqualTo("2026-10-01 03:00:00");
        assertThat(ParquetValues.text(null)).isEmpty();
    }

    @Test
    void anInstantIsShownInShanghaiWhereverTheExecutorRuns() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            Instant instant = Instant.parse("2026-09-30T19:00:00Z"); // 03:00 on 1 October in Shanghai
            assertThat(ParquetValues.text(instant)).isEqualTo("2026-10-01 03:00:00");
            assertThat(ParquetValues.text(Timestamp.from(instant))).isEqualTo("2026-10-01 03:00:00");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
