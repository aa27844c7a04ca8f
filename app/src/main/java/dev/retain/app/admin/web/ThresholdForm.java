package dev.retain.app.admin.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The thresholds as typed: A and C in CNY with at most two decimals, M in whole minutes,
 * all positive. {@link #errors()} maps each bad field to the message key that explains it.
 */
record ThresholdForm(String highValueBill, String mouThreshold, String minCommit) {

    /** numeric(12,2): at most ten digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 10;

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        amountError(highValueBill).ifPresent(e -> errors.put("highValueBill", e));
        minutesError(mouThreshold).ifPresent(e -> errors.put("mouThreshold", e));
        amountError(minCommit).ifPresent(e -> errors.put("minCommit", e));
        return errors;
    }

    BigDecimal highValueBillValue() {
        return new BigDecimal(highValueBill.trim()).setScale(2);
    }

    long mouThresholdValue() {
        return Long.parseLong(mouThreshold.trim());
    }

    BigDecimal minCommitValue() {
        return new BigDecimal(minCommit.trim()).setScale(2);
    }

    private static Optional<String> amountError(String text) {
        if (text == null || text.isBlank()) return Optional.of("admin.settings.error.required");
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return Optional.of("admin.settings.error.number");
        }
        if (value.signum() <= 0) return Optional.of("admin.settings.error.positive");
        if (value.stripTrailingZeros().scale() > 2) return Optional.of("admin.settings.error.decimals");
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) return Optional.of("admin.settings.error.too-large");
        return Optional.empty();
    }

    private static Optional<String> minutesError(String text) {
        if (text == null || text.isBlank()) return Optional.of("admin.settings.error.required");
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return Optional.of("admin.settings.error.whole");
        }
        if (value <= 0) return Optional.of("admin.settings.error.positive");
        return Optional.empty();
    }
}
