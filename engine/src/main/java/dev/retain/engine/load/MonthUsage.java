package dev.retain.engine.load;

import dev.retain.engine.value.AccountState;
import java.time.YearMonth;

/** One month of usage, one slot per subscriber position; a subscriber with no row has state null. */
public final class MonthUsage {

    private static final AccountState[] STATES = AccountState.values();

    private final YearMonth month;
    private final long[] billFen;
    private final long[] mouOut;
    private final double[] dataMb;
    private final long[] sms;
    private final byte[] state; // 0 = no row, else ordinal + 1
    private final int[] line;
    private int rows;

    MonthUsage(YearMonth month, int subscribers) {
        this.month = month;
        this.billFen = new long[subscribers];
        this.mouOut = new long[subscribers];
        this.dataMb = new double[subscribers];
        this.sms = new long[subscribers];
        this.state = new byte[subscribers];
        this.line = new int[subscribers];
    }

    /** Stores a row; returns the line of an earlier row for the same subscriber, or 0. */
    int put(int i, UsageRecord r, long fromLine) {
        if (state[i] != 0) return line[i];
        billFen[i] = r.billFen();
        mouOut[i] = r.mouOut();
        dataMb[i] = r.dataMb();
        sms[i] = r.sms();
        state[i] = (byte) (r.state().ordinal() + 1);
        line[i] = (int) fromLine;
        rows++;
        return 0;
    }

    public YearMonth month() {
        return month;
    }

    public boolean has(int i) {
        return state[i] != 0;
    }

    /** The account state at month end, or null when the subscriber has no row this month. */
    public AccountState state(int i) {
        return state[i] == 0 ? null : STATES[state[i] - 1];
    }

    public long billFen(int i) {
        return billFen[i];
    }

    public long mouOut(int i) {
        return mouOut[i];
    }

    public double dataMb(int i) {
        return dataMb[i];
    }

    public long sms(int i) {
        return sms[i];
    }

    public int rows() {
        return rows;
    }

    /** A month in which nobody has a row: what the cycle sees before the history starts. */
    static MonthUsage empty(YearMonth month, int subscribers) {
        return new MonthUsage(month, subscribers);
    }
}
