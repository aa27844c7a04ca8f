package dev.retain.engine.zone;

import dev.retain.engine.value.AccountState;

/**
 * SPEC R2.2 as a pure function. Evaluated in the spec's order, first match wins. Money is
 * compared in fen (exact); minutes with strict {@code >} and {@code <}, so exactly M minutes
 * in M-1 is neither red nor blue/green.
 */
public final class ZoneClassifier {

    private final ZoneThresholds t;

    public ZoneClassifier(ZoneThresholds thresholds) {
        this.t = thresholds;
    }

    /** @param m1 the month just closed (null: no usage row); @param m2 the month before (null: no row) */
    public ZoneRule classify(MonthFacts m1, MonthFacts m2, long minCommitFen) {
        return classify(m1 != null, m1 == null ? null : m1.state(), m1 == null ? 0 : m1.billFen(), m1 == null ? 0 : m1.mouOut(),
                m2 != null, m2 == null ? 0 : m2.billFen(), m2 == null ? 0 : m2.mouOut(), minCommitFen);
    }

    /** The allocation-free form the cycle's loop calls. */
    public ZoneRule classify(boolean hasM1, AccountState state1, long bill1, long mou1,
                             boolean hasM2, long bill2, long mou2, long minCommitFen) {
        if (!hasM1 || state1 == AccountState.CANCELLED) return ZoneRule.NONE_LEFT;
        if (state1 == AccountState.SUSPENDED || state1 == AccountState.PRECANCEL) return ZoneRule.WHITE_STATE;
        boolean wasHighValue = hasM2 && bill2 >= t.highValueBillFen() && mou2 > t.outgoingMinutes();
        if (wasHighValue && bill1 < t.highValueBillFen()) return ZoneRule.YELLOW_BILL_DROP;
        if (wasHighValue && mou1 < t.outgoingMinutes()) return ZoneRule.RED_MOU_DROP;
        if (bill1 >= t.highValueBillFen() && mou1 > t.outgoingMinutes()) {
            return minCommitFen >= t.minCommitFen() ? ZoneRule.BLUE_COMMIT : ZoneRule.GREEN_NO_COMMIT;
        }
        return ZoneRule.NONE_BELOW;
    }
}
