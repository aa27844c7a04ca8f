package dev.retain.engine.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * MSISDN → subscriber position, looked up straight from the bytes of a CSV field so that
 * joining 13 months of usage to the subscribers makes no strings. Open addressing over a
 * power-of-two table; positions are stored +1 so that 0 means empty.
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

    /** Adds a key at position {@code size()}; returns -1, or the existing position for a duplicate. */
    public int add(String msisdn) {
        byte[] key = msisdn.getBytes(StandardCharsets.US_ASCII);
        int existing = find(key, 0, key.length);
        if (existing >= 0) return existing;
        if ((size + 1) * 2 > slots.length) grow();
        if (size == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
        keys[size] = key;
        insert(key, size);
        size++;
        return -1;
    }

    public int find(byte[] b, int from, int to) {
        int mask = slots.length - 1;
        int i = hash(b, from, to) & mask;
        while (true) {
            int slot = slots[i];
            if (slot == 0) return -1;
            byte[] k = keys[slot - 1];
            if (k.length == to - from && Arrays.equals(k, 0, k.length, b, from, to)) return slot - 1;
            i = (i + 1) & mask;
        }
    }

    /** Looks a number up without encoding it: MSISDNs are ASCII, so chars compare with bytes. */
    public int find(String msisdn) {
        int n = msisdn.length();
        int h = 0x9E3779B9;
        for (int i = 0; i < n; i++) h = (h ^ (byte) msisdn.charAt(i)) * 0x01000193;
        h ^= h >>> 15;
        int mask = slots.length - 1;
        int i = h & mask;
        while (true) {
            int slot = slots[i];
            if (slot == 0) return -1;
            byte[] k = keys[slot - 1];
            if (k.length == n && sameChars(k, msisdn)) return slot - 1;
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
        int i = hash(key, 0, key.length) & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = position + 1;
    }

    private void grow() {
        slots = new int[slots.length * 2];
        for (int p = 0; p < size; p++) insert(keys[p], p);
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x9E3779B9;
        for (int i = from; i < to; i++) h = (h ^ b[i]) * 0x01000193;
        return h ^ (h >>> 15);
    }
}
