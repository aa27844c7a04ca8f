package dev.retain.engine.alert;

import java.time.Duration;
import java.util.Arrays;

/**
 * The event ids one subscriber's state remembers to recognise a duplicate: those received within
 * the window behind the newest one received (the time kept is the receiving clock's, so a late
 * event's copy is caught like any other), at most a fixed number (the oldest go first). Ids are kept as 64-bit FNV-1a hashes (8 bytes however long the id): two different ids
 * of one subscriber within a day collide with a chance of about n²/2⁶⁵ (10⁻¹⁵ for a hundred ids).
 */
public final class RecentEventIds {

    public static final RecentEventIds NONE = new RecentEventIds(new long[0], new long[0]);

    private final long[] hashes;
    private final long[] times; // epoch millis each id was received, same order as hashes

    RecentEventIds(long[] hashes, long[] times) {
        if (hashes.length != times.length) throw new IllegalArgumentException("ids and times differ in length");
        this.hashes = hashes;
        this.times = times;
    }

    public int size() {
        return hashes.length;
    }

    boolean contains(String eventId) {
        long h = hash(eventId);
        for (long x : hashes) {
            if (x == h) return true;
        }
        return false;
    }

    /** This set with the id added, then the ids outside the window or beyond the cap dropped. */
    RecentEventIds remember(String eventId, long eventMillis, Duration window, int max) {
        long newest = eventMillis;
        for (long t : times) newest = Math.max(newest, t);
        long oldestKept = newest - window.toMillis();
        int n = 0;
        long[] h = new long[hashes.length + 1];
        long[] t = new long[hashes.length + 1];
        for (int i = 0; i < hashes.length; i++) {
            if (times[i] >= oldestKept) {
                h[n] = hashes[i];
                t[n++] = times[i];
            }
        }
        if (eventMillis >= oldestKept) {
            h[n] = hash(eventId);
            t[n++] = eventMillis;
        }
        while (n > max) n = dropOldest(h, t, n);
        return new RecentEventIds(Arrays.copyOf(h, n), Arrays.copyOf(t, n));
    }

    private static int dropOldest(long[] h, long[] t, int n) {
        int oldest = 0;
        for (int i = 1; i < n; i++) {
            if (t[i] < t[oldest]) oldest = i;
        }
        System.arraycopy(h, oldest + 1, h, oldest, n - oldest - 1);
        System.arraycopy(t, oldest + 1, t, oldest, n - oldest - 1);
        return n - 1;
    }

    long[] hashes() {
        return hashes.clone();
    }

    long[] times() {
        return times.clone();
    }

    /** FNV-1a, 64 bits, over the id's UTF-16 code units: the same on every JVM and in every path. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecentEventIds r && Arrays.equals(r.hashes, hashes) && Arrays.equals(r.times, times);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hashes) + Arrays.hashCode(times);
    }

    @Override
    public String toString() {
        return "RecentEventIds[" + hashes.length + "]";
    }
}
