package dev.retain.engine.alert;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * {@link SubscriberUsage} as bytes: the value of the topology's state store and of the app's
 * state column. A leading version byte lets a later layout read the old one.
 */
public final class SubscriberUsageCodec {

    private static final byte VERSION = 1;

    private SubscriberUsageCodec() {
    }

    public static byte[] encode(SubscriberUsage s) {
        byte[] currentPlan = s.current().planId().getBytes(StandardCharsets.UTF_8);
        byte[] previousPlan = s.previous() == null ? null : s.previous().planId().getBytes(StandardCharsets.UTF_8);
        int size = 1 + tallySize(s.current(), currentPlan) + 1 + (previousPlan == null ? 0 : tallySize(s.previous(), previousPlan))
                + 4 + s.recent().size() * 16;
        ByteBuffer b = ByteBuffer.allocate(size);
        b.put(VERSION);
        putTally(b, s.current(), currentPlan);
        b.put((byte) (previousPlan == null ? 0 : 1));
        if (previousPlan != null) putTally(b, s.previous(), previousPlan);
        long[] hashes = s.recent().hashes();
        long[] times = s.recent().times();
        b.putInt(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            b.putLong(hashes[i]);
            b.putLong(times[i]);
        }
        return b.array();
    }

    public static SubscriberUsage decode(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            byte version = b.get();
            if (version != VERSION) throw new IllegalArgumentException("unknown state version " + version);
            MonthTally current = tally(b);
            MonthTally previous = b.get() == 1 ? tally(b) : null;
            int n = b.getInt();
            long[] hashes = new long[n];
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                hashes[i] = b.getLong();
                times[i] = b.getLong();
            }
            if (b.hasRemaining()) throw new IllegalArgumentException("trailing bytes in a subscriber's state");
            return new SubscriberUsage(current, previous, new RecentEventIds(hashes, times));
        } catch (BufferUnderflowException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("truncated subscriber state", e);
        }
    }

    private static int tallySize(MonthTally t, byte[] plan) {
        return 4 + 2 + plan.length + 3 * 8 + 2 + t.firedCodes().length * 4;
    }

    private static void putTally(ByteBuffer b, MonthTally t, byte[] plan) {
        b.putInt(t.monthIndex());
        b.putShort((short) plan.length);
        b.put(plan);
        UsageTotals u = t.usage();
        b.putLong(u.dataMilliMb()).putLong(u.voiceMin()).putLong(u.sms());
        int[] fired = t.firedCodes();
        b.putShort((short) fired.length);
        for (int code : fired) b.putInt(code);
    }

    private static MonthTally tally(ByteBuffer b) {
        int month = b.getInt();
        byte[] plan = new byte[Short.toUnsignedInt(b.getShort())];
        b.get(plan);
        UsageTotals usage = new UsageTotals(b.getLong(), b.getLong(), b.getLong());
        int[] fired = new int[Short.toUnsignedInt(b.getShort())];
        for (int i = 0; i < fired.length; i++) fired[i] = b.getInt();
        return new MonthTally(month, new String(plan, StandardCharsets.UTF_8), usage, fired);
    }
}
