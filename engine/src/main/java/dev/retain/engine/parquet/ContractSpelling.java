package dev.retain.engine.parquet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a typed Parquet value is written in the contract's CSV spelling (docs/data-formats.md "Parquet"), for the
 * engine's Parquet reader and the Spark job alike: numbers plainly (never 1.0E7), an instant in Asia/Shanghai, a
 * timestamp as yyyy-MM-dd HH:mm:ss.
 */
public final class ContractSpelling {

    /** The contract's time zone: where an instant is shown, whatever the machine's zone. */
    public static final ZoneId CONTRACT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ContractSpelling() {
    }

    /** 10000000.0 → 10000000, 12.50 → 12.5; NaN and the infinities as Java writes them (the engine rejects them). */
    public static String plain(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A float by its own shortest decimal (0.1f → 0.1, not the double 0.10000000149011612). */
    public static String plain(float v) {
        if (!Float.isFinite(v)) return Float.toString(v);
        return new BigDecimal(Float.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** An instant as the contract's local time. */
    public static String instant(Instant instant) {
        return local(LocalDateTime.ofInstant(instant, CONTRACT_ZONE));
    }

    /** A timestamp without a zone, as written. */
    public static String local(LocalDateTime t) {
        return t.format(TIMESTAMP);
    }
}
