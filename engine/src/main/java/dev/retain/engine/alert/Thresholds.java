package dev.retain.engine.alert;

/**
 * A threshold as one int, so a month's "already alerted" set is a small sorted array: a
 * resource's percent of its allowance is {@code (ordinal + 1) × 10,000 + percent}, the bill shock
 * {@link #BILL_SHOCK}. Codes stay valid when the settings change (unlike positions in a list).
 */
final class Thresholds {

    static final int BILL_SHOCK = 90_000;

    private Thresholds() {
    }

    static int allowance(Resource r, int percent) {
        return (r.ordinal() + 1) * 10_000 + percent;
    }
}
