package dev.retain.app.notify.sms;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The timing both SMS gateways (SMPP and CMPP) keep: the send slots of a message's segments at the
 * gateway's rate, and the waits between tries to reach the gateway again (doubled up to a maximum,
 * with up to 20 % jitter so that several instances do not knock at the same moment).
 */
public final class GatewayPacing {

    private GatewayPacing() {
    }

    /** The {@code i}-th segment's slot, {@code wait} from now being the first and the rest one rate interval apart. */
    public record Slots(long firstNanos, long intervalNanos) {

        public static Slots after(Duration wait, double perSecond) {
            return new Slots(System.nanoTime() + wait.toNanos(), (long) (1e9 / perSecond));
        }

        /** Waits for segment {@code i}'s slot; false when interrupted (the interrupt stays set). */
        public boolean awaitSegment(int i) {
            return sleepUntil(firstNanos + i * intervalNanos);
        }
    }

    /** Waits until {@code nanoTime} ({@link System#nanoTime}); false when interrupted (the interrupt stays set). */
    public static boolean sleepUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) return false;
        }
        return true;
    }

    /** {@code delay} plus up to a fifth of it at random. */
    public static Duration jittered(Duration delay) {
        return delay.plusMillis(ThreadLocalRandom.current().nextLong(delay.toMillis() / 5 + 1));
    }

    /** Twice {@code delay}, at most {@code max}. */
    public static Duration doubled(Duration delay, Duration max) {
        Duration twice = delay.multipliedBy(2);
        return twice.compareTo(max) > 0 ? max : twice;
    }
}
