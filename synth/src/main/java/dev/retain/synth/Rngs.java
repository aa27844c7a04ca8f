package dev.retain.synth;

import java.util.SplittableRandom;

/**
 * Seeding and the few distributions the generator needs. Every subscriber gets its own
 * generator derived from (seed, index, stream), so its whole history can be produced alone
 * and in any order, and adding draws to one stream never shifts another.
 */
final class Rngs {

    static final long PROFILE = 1;
    static final long TRAJECTORY = 2;
    static final long PEERS = 3;
    static final long GROUPS = 11;
    static final long MANAGERS = 12;
    static final long NUMBERS = 13;
    static final long SEASON = 14;
    static final long CONTACT = 15;
    static final long LOCATION = 16;
    static final long COMPLAINTS = 17;

    private Rngs() {
    }

    static SplittableRandom forSubscriber(long seed, long index, long stream) {
        return new SplittableRandom(mix(seed, index, stream));
    }

    static SplittableRandom forProvince(long seed, long stream) {
        return new SplittableRandom(mix(seed, -1L, stream));
    }

    /** Mixes the three inputs so that neighbouring indices give unrelated seeds. */
    static long mix(long seed, long index, long stream) {
        long h = mix64(seed ^ 0x9E3779B97F4A7C15L);
        h = mix64(h ^ (index * 0xBF58476D1CE4E5B9L));
        return mix64(h ^ (stream * 0x94D049BB133111EBL));
    }

    /** Stafford's variant 13 finaliser of SplitMix64. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Long-tailed positive amounts: a lognormal given its median and log-sd. */
    static double lognormal(SplittableRandom rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(rng));
    }

    /** Multiplicative noise with mean 1. */
    static double noise(SplittableRandom rng, double sigma) {
        return StrictMath.exp(sigma * gaussian(rng) - sigma * sigma / 2);
    }

    /**
     * A standard normal by Marsaglia's polar method. Only StrictMath is used anywhere in the
     * generator: Math.exp and friends may differ in the last bit between CPUs and JIT tiers,
     * and one bit is enough to move a bill across 188.00 and break byte-identical output.
     */
    static double gaussian(SplittableRandom rng) {
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    }

    /** Exponential with the given mean, conditioned on being below {@code max} (inverse CDF, no pile-up at the cap). */
    static double truncatedExponential(SplittableRandom rng, double mean, double max) {
        if (max <= 0) {
            return 0;
        }
        double mass = -StrictMath.expm1(-max / mean);
        return -mean * StrictMath.log1p(-rng.nextDouble() * mass);
    }

    /** Exponential with mean 1. */
    static double exponential(SplittableRandom rng) {
        return -StrictMath.log(1 - rng.nextDouble());
    }

    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** Index drawn from cumulative weights (ascending, last one the total). */
    static int pick(SplittableRandom rng, double[] cumulative) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double... weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        return c;
    }
}
