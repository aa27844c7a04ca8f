package dev.retain.app.complaint.internal.monitor;

/**
 * Whether a closed complaint goes to a quality callback at a given share: a fixed function of the
 * complaint's id (SplitMix64's finaliser, so neighbouring ids are independent), so the same
 * complaint and share always give the same answer — on any instance, in any re-run — and the
 * sampled share over many complaints is close to the setting.
 */
final class CallbackSample {

    private CallbackSample() {
    }

    static boolean sampled(long complaintId, int sharePercent) {
        if (sharePercent <= 0) return false;
        if (sharePercent >= 100) return true;
        return Long.remainderUnsigned(mix(complaintId), 10_000) < sharePercent * 100L;
    }

    private static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
