package dev.retain.engine.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One month of a customer's usage as usage_monthly.csv has it: the bill actually charged (fen), outgoing minutes,
 * data in MB (decimal) and SMS sent.
 */
public record UsageMonth(String month, long billFen, long voiceMinutes, BigDecimal dataMb, long sms) {

    public UsageMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(dataMb, "dataMb");
        if (billFen < 0 || voiceMinutes < 0 || sms < 0 || dataMb.signum() < 0) {
            throw new IllegalArgumentException("usage cannot be negative: " + month);
        }
    }

    /** Data in started MB, as overage is charged (10.01 MB is 11 MB). */
    public long dataMbStarted() {
        return dataMb.setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
