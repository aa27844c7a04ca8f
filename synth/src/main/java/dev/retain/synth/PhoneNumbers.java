package dev.retain.synth;

import dev.retain.engine.value.PeerOperator;
import java.util.SplittableRandom;

/**
 * Phone numbers. A subscriber's number is a bijection of its index (a keyed Feistel
 * permutation of the 8 local digits under each China Mobile prefix), so numbers are unique
 * without remembering which ones were handed out and still look random.
 */
final class PhoneNumbers {

    private static final int[] CMCC_PREFIXES = {134, 135, 136, 137, 138, 139, 147, 150, 151, 152, 157, 158, 159,
            172, 178, 182, 183, 184, 187, 188, 195, 197, 198};
    private static final int[] UNICOM_PREFIXES = {130, 131, 132, 155, 156, 166, 175, 176, 185, 186};
    private static final int[] TELECOM_PREFIXES = {133, 149, 153, 173, 177, 180, 181, 189, 191, 199};
    // Virtual operators (170/171/162/165/167 ranges) and fixed lines are reported as "other".
    private static final int[] OTHER_PREFIXES = {162, 165, 167, 170, 171};

    private static final int[] OWN_PREFIXES = prefixes(PeerOperator.CMCC);
    private static final int HALF = 10_000;
    private static final int ROUNDS = 4;

    // One permutation per prefix, so neighbouring subscribers get unrelated local digits.
    private final long[][] roundKeys = new long[OWN_PREFIXES.length][ROUNDS];

    PhoneNumbers(long seed) {
        SplittableRandom rng = Rngs.forProvince(seed, Rngs.NUMBERS);
        for (long[] keys : roundKeys) {
            for (int r = 0; r < ROUNDS; r++) {
                keys[r] = rng.nextLong();
            }
        }
    }

    /** Capacity of the numbering plan; more subscribers than this cannot be numbered uniquely. */
    static long capacity() {
        return (long) OWN_PREFIXES.length * HALF * HALF;
    }

    /** The subscriber's 11-digit number, with a {@code +86} in front when {@code international}. */
    byte[] subscriber(long index, boolean international) {
        int p = (int) (index % OWN_PREFIXES.length);
        long local = permute(index / OWN_PREFIXES.length, roundKeys[p]);
        int prefix = OWN_PREFIXES[p];
        return format(prefix, local, international);
    }

    /** Any number on the given operator; collisions with other numbers are harmless for peers. */
    static byte[] random(SplittableRandom rng, PeerOperator operator, boolean international) {
        int[] prefixes = prefixes(operator);
        int prefix = prefixes[rng.nextInt(prefixes.length)];
        return format(prefix, rng.nextInt(100_000_000), international);
    }

    /** The operator's number ranges (the first three digits of its mobile numbers). */
    static int[] prefixes(PeerOperator operator) {
        return switch (operator) {
            case CMCC -> CMCC_PREFIXES;
            case UNICOM -> UNICOM_PREFIXES;
            case TELECOM -> TELECOM_PREFIXES;
            case OTHER -> OTHER_PREFIXES;
        };
    }

    /** Balanced Feistel network over two 4-digit halves: a bijection of [0, 10^8). */
    private static long permute(long x, long[] keys) {
        long left = x / HALF;
        long right = x % HALF;
        for (int r = 0; r < ROUNDS; r++) {
            long f = Math.floorMod(Rngs.mix64(right ^ keys[r]), HALF);
            long next = (left + f) % HALF;
            left = right;
            right = next;
        }
        return left * HALF + right;
    }

    private static byte[] format(int prefix, long local, boolean international) {
        int offset = international ? 3 : 0;
        byte[] b = new byte[11 + offset];
        if (international) {
            b[0] = '+';
            b[1] = '8';
            b[2] = '6';
        }
        b[offset] = (byte) ('0' + prefix / 100);
        b[offset + 1] = (byte) ('0' + prefix / 10 % 10);
        b[offset + 2] = (byte) ('0' + prefix % 10);
        for (int i = 10; i >= 3; i--) {
            b[offset + i] = (byte) ('0' + local % 10);
            local /= 10;
        }
        return b;
    }
}
