package dev.retain.engine.load;

import dev.retain.engine.value.Msisdn;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * MSISDN → subscriber position. The key is the number's canonical form
 * ({@link Msisdn#canonical}: {@code +8613812345678} and {@code 13812345678} are one
 * subscriber), so usage, call peers and earlier assignments find a subscriber whichever form
 * they carry, and a file that lists both forms of a number holds a duplicate. A number that is
 * already national is looked up without making a string. Open addressing over a power-of-two
 * table; positions are stored +1 so that 0 means empty.
 */
public final class MsisdnIndex {

    private int[] slots;
    private byte[][] keys;
    private int size;

    public MsisdnIndex() {
        this(1 << 15);
    }

    /** Sized for about {@code expected} keys so that loading a large file does not rehash. */
    public MsisdnIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(1 << 10, expected) * 2 - 1) * 2;
        slots = new int[capacity];
        keys = new byte[capacity / 2][];
    }

    /**
     * Adds a number (in any form) at position {@code size()}; returns -1, or the existing
     * position when the number, in this form or the other, is already there.
     */
    public int add(String msisdn) {
        String canonical = Msisdn.canonical(msisdn);
        int existing = find(canonical);
        if (existing >= 0) return existing;
        byte[] key = canonical.getBytes(StandardCharsets.US_ASCII);
        if ((size + 1) * 2 > slots.length) grow();
        if (size == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
        keys[size] = key;
        insert(key, size);
        size++;
        return -1;
    }

    /** The position of a number given in any form, or -1. */
    public int find(String msisdn) {
        String key = Msisdn.canonical(msisdn);
        // MSISDNs are ASCII, so chars compare with bytes and the hash matches the stored bytes'
        int n = key.length();
        int h = 0x9E3779B9;
        for (int i = 0; i < n; i++) h = (h ^ (byte) key.charAt(i)) * 0x01000193;
        h ^= h >>> 15;
        int mask = slots.length - 1;
        int i = h & mask;
        while (true) {
            int slot = slots[i];
            if (slot == 0) return -1;
            byte[] k = keys[slot - 1];
            if (k.length == n && sameChars(k, key)) return slot - 1;
            i = (i + 1) & mask;
        }
    }

    private static boolean sameChars(byte[] key, String s) {
        for (int i = 0; i < key.length; i++) {
            if (key[i] != s.charAt(i)) return false;
        }
        return true;
    }

    public int size() {
        return size;
    }

    private void insert(byte[] key, int position) {
        int mask = slots.length - 1;
        int i = hash(key) & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = position + 1;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        for (int p = 0; p < size; p++) insert(keys[p], p);
    }

    private static int hash(byte[] b) {
        int h = 0x9E3779B9;
        for (byte value : b) h = (h ^ value) * 0x01000193;
        return h ^ (h >>> 15);
    }
}
