package dev.retain.engine.alert;

/**
 * Usage of one subscriber: data in thousandths of a MB (exact to the kB the parser rounds up to),
 * voice in whole minutes, SMS in messages. Additions saturate far above any real month, so a flood
 * of bogus events cannot overflow the threshold arithmetic.
 */
public record UsageTotals(long dataMilliMb, long voiceMin, long sms) {

    /** No real month comes near this (10^12 MB); it keeps usage × 100 × thresholds inside a long. */
    static final long CEILING = 1_000_000_000_000_000L;

    public static final UsageTotals NONE = new UsageTotals(0, 0, 0);

    public UsageTotals {
        if (dataMilliMb < 0 || voiceMin < 0 || sms < 0) throw new IllegalArgumentException("usage cannot be negative");
    }

    public UsageTotals plus(UsageEvent e) {
        return new UsageTotals(add(dataMilliMb, e.dataMilliMb()), add(voiceMin, e.voiceMin()), add(sms, e.sms()));
    }

    /** The amount of one resource, in the unit its allowance is compared in (data: thousandths of a MB). */
    long of(Resource r) {
        return switch (r) {
            case DATA -> dataMilliMb;
            case VOICE -> voiceMin;
            case SMS -> sms;
        };
    }

    private static long add(long a, long b) {
        return Math.min(CEILING, a + b);
    }
}
