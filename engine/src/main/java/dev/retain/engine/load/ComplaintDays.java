package dev.retain.engine.load;

import dev.retain.engine.csv.FieldError;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * The days each subscriber complained on (complaints.csv), for facts that count complaints in a
 * window of months: a complaint counts in the months up to and including its own day's month,
 * never in an earlier one. {@link #EMPTY_FILE_ABSENT} stands for a province without the file.
 */
public final class ComplaintDays implements RowSink<ComplaintRecord> {

    /** A province without complaints.csv: nothing is known about complaints. */
    public static final ComplaintDays EMPTY_FILE_ABSENT = new ComplaintDays(new Subscribers(1), false);

    private final Subscribers subscribers;
    private final boolean known;
    // (subscriber << 32 | epoch day) while loading; sorted once, then read by binary search
    private long[] keys = new long[64];
    private int size;
    private boolean sorted = true;

    private ComplaintDays(Subscribers subscribers, boolean known) {
        this.subscribers = subscribers;
        this.known = known;
    }

    /** An empty table for the subscribers of a province that has complaints.csv. */
    public ComplaintDays(Subscribers subscribers) {
        this(subscribers, true);
    }

    /** Whether the province sent complaints.csv: without it the counts are unknown, not zero. */
    public boolean known() {
        return known;
    }

    @Override
    public void accept(ComplaintRecord r, long line) throws FieldError {
        int i = subscribers.index().find(r.msisdn());
        if (i < 0) throw new FieldError("msisdn", "unknown subscriber " + r.msisdn() + " (not in subscribers.csv)");
        long day = r.receivedDate().toEpochDay();
        if (day < 0) throw new FieldError("received_at", "before 1970-01-01: " + r.receivedDate());
        if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
        long key = ((long) i << 32) | day;
        if (size > 0 && key < keys[size - 1]) sorted = false;
        keys[size++] = key;
    }

    /** Called once the file is read, before any count (counts then run from many threads). */
    public ComplaintDays finish() {
        if (!sorted) {
            Arrays.sort(keys, 0, size);
            sorted = true;
        }
        return this;
    }

    /** Complaints loaded. */
    public int size() {
        return size;
    }

    /** Subscriber i's complaints received in the {@code months} months ending with {@code last} (its end included). */
    public int count(int i, YearMonth last, int months) {
        long from = last.minusMonths(months - 1L).atDay(1).toEpochDay();
        long to = last.atEndOfMonth().toEpochDay();
        return count(i, from, to);
    }

    /** Subscriber i's complaints received on the days {@code fromEpochDay} … {@code toEpochDay}. */
    public int count(int i, long fromEpochDay, long toEpochDay) {
        if (size == 0) return 0;
        if (!sorted) throw new IllegalStateException("complaints counted before finish()");
        long base = (long) i << 32;
        long from = Math.max(0, fromEpochDay);
        long to = Math.max(-1, toEpochDay);
        return lowerBound(keys, base | (to + 1)) - lowerBound(keys, base | from);
    }

    private int lowerBound(long[] k, long key) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (k[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
