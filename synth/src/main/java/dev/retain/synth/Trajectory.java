package dev.retain.synth;

import dev.retain.engine.value.AccountState;
import java.util.Arrays;

/**
 * One subscriber's months in the window, reused from subscriber to subscriber so the
 * generator allocates nothing per month. A state of {@link #ABSENT} means no usage row.
 */
final class Trajectory {

    static final byte ABSENT = -1;

    final byte[] state;
    final long[] billFen;
    final int[] mou;
    /** Data in hundredths of a MB, written with two decimals. */
    final long[] dataCenti;
    final int[] sms;
    /** How far along a drift toward churn the subscriber is (0 = not drifting, 1 = fully declined). */
    final double[] drift;
    /** The plan in force at the subscriber's last row: that is the plan the export shows. */
    CataloguePlan currentPlan;

    Trajectory(int months) {
        state = new byte[months];
        billFen = new long[months];
        mou = new int[months];
        dataCenti = new long[months];
        sms = new int[months];
        drift = new double[months];
    }

    int months() {
        return state.length;
    }

    void clear() {
        Arrays.fill(state, ABSENT);
        Arrays.fill(drift, 0);
        currentPlan = null;
    }

    boolean present(int t) {
        return state[t] != ABSENT;
    }

    boolean active(int t) {
        return state[t] == AccountState.ACTIVE.ordinal();
    }
}
