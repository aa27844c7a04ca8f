package dev.retain.engine.cycle;

import dev.retain.engine.cycle.SettingProblem.Code;
import dev.retain.engine.value.Brand;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One setting a province may change: its key (as in {@code retain-defaults.properties}), how its
 * value is written, and for numbers the sane range it must fall in. The one check of a typed
 * value, used by the settings file of {@code retain cycle} and by the admin's settings page alike.
 */
public record SettingSpec(String key, SettingKind kind, BigDecimal min, BigDecimal max) {

    /** Plain decimal notation only: "1e9" or "1,000" are typing accidents, not amounts. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final int SHARE_DECIMALS = 4;

    public SettingSpec {
        if (kind.numeric() && (min == null || max == null || min.compareTo(max) > 0)) {
            throw new IllegalArgumentException(key + ": a number needs a range");
        }
    }

    public static SettingSpec money(String key, String min, String max) {
        return new SettingSpec(key, SettingKind.MONEY, new BigDecimal(min), new BigDecimal(max));
    }

    public static SettingSpec whole(String key, long min, long max) {
        return new SettingSpec(key, SettingKind.WHOLE, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    public static SettingSpec share(String key, String min, String max) {
        return new SettingSpec(key, SettingKind.SHARE, new BigDecimal(min), new BigDecimal(max));
    }

    public static SettingSpec brands(String key) {
        return new SettingSpec(key, SettingKind.BRANDS, null, null);
    }

    public static SettingSpec timeZone(String key) {
        return new SettingSpec(key, SettingKind.TIME_ZONE, null, null);
    }

    /** Empty when {@code text} is a valid value of this setting. */
    public Optional<SettingProblem> check(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) return Optional.of(SettingProblem.of(kind == SettingKind.BRANDS ? Code.NO_BRAND : Code.REQUIRED));
        return switch (kind) {
            case MONEY -> checkNumber(t, 2);
            case SHARE -> checkNumber(t, SHARE_DECIMALS);
            case WHOLE -> WHOLE.matcher(t).matches() ? inRange(new BigDecimal(t))
                    : Optional.of(SettingProblem.of(DECIMAL.matcher(t).matches() ? Code.NOT_WHOLE : Code.NOT_A_NUMBER));
            case BRANDS -> checkBrands(t);
            case TIME_ZONE -> zone(t).isPresent() ? Optional.empty() : Optional.of(SettingProblem.of(Code.UNKNOWN_TIME_ZONE));
        };
    }

    /**
     * The value as it is stored and compared: "188" → "188.00", "0.010" → "0.01",
     * "mzone, gotone" → "gotone,mzone". Call only with a value that passed {@link #check}.
     */
    public String canonical(String text) {
        String t = text.trim();
        return switch (kind) {
            case MONEY -> new BigDecimal(t).setScale(2).toPlainString();
            case WHOLE -> new BigDecimal(t).toBigIntegerExact().toString();
            case SHARE -> plain(new BigDecimal(t));
            case BRANDS -> parseBrands(t).stream().map(Brand::code).collect(Collectors.joining(","));
            case TIME_ZONE -> zone(t).orElseThrow().getId();
        };
    }

    /**
     * Whether going from one valid value to another moves a number by more than half of the
     * old value (from 0, any move): such a change is asked to be confirmed before it is saved.
     */
    public boolean movesByMoreThanHalf(String from, String to) {
        if (!kind.numeric()) return false;
        BigDecimal old = new BigDecimal(from.trim());
        BigDecimal change = new BigDecimal(to.trim()).subtract(old).abs();
        if (old.signum() == 0) return change.signum() != 0;
        return change.multiply(BigDecimal.valueOf(2)).compareTo(old.abs()) > 0;
    }

    /** The lower end of the range as a value of this setting is written. */
    public String minText() {
        return min == null ? "" : format(min);
    }

    public String maxText() {
        return max == null ? "" : format(max);
    }

    private String format(BigDecimal v) {
        return kind == SettingKind.MONEY ? v.setScale(2).toPlainString() : plain(v);
    }

    private Optional<SettingProblem> checkNumber(String t, int decimals) {
        if (!DECIMAL.matcher(t).matches()) return Optional.of(SettingProblem.of(Code.NOT_A_NUMBER));
        BigDecimal v = new BigDecimal(t);
        if (v.stripTrailingZeros().scale() > decimals) return Optional.of(SettingProblem.of(Code.TOO_MANY_DECIMALS, String.valueOf(decimals)));
        return inRange(v);
    }

    private Optional<SettingProblem> inRange(BigDecimal v) {
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) return Optional.of(SettingProblem.of(Code.OUT_OF_RANGE, minText(), maxText()));
        return Optional.empty();
    }

    private static Optional<SettingProblem> checkBrands(String t) {
        try {
            return parseBrands(t).isEmpty() ? Optional.of(SettingProblem.of(Code.NO_BRAND)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(SettingProblem.of(Code.UNKNOWN_BRAND));
        }
    }

    private static Set<Brand> parseBrands(String t) {
        Set<Brand> brands = EnumSet.noneOf(Brand.class);
        for (String code : t.split(",")) {
            if (!code.isBlank()) brands.add(Brand.parse(code.trim()));
        }
        return brands;
    }

    /** Named regions only ("UTC" is one): a bare offset such as +08:00 would ignore a region's own rules. */
    private static Optional<ZoneId> zone(String t) {
        try {
            ZoneId zone = ZoneId.of(t);
            if (zone instanceof ZoneOffset) return Optional.empty();
            return ZoneId.getAvailableZoneIds().contains(zone.getId()) ? Optional.of(zone) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
