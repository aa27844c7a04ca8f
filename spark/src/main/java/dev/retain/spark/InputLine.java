package dev.retain.spark;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One row of an input file as the engine reads it: the file, its line in that file (the header is line 1),
 * its CSV bytes. Between stages a row travels as one byte array ({@link #encode}): the file, the line, then
 * the bytes, so that moving a province's rows to their partitions serializes plain arrays, not objects.
 */
record InputLine(ContractFile file, long line, byte[] bytes) {

    private static final ContractFile[] FILES = ContractFile.values();
    private static final int PREFIX = 1 + Long.BYTES;

    static byte[] encode(ContractFile file, long line, byte[] bytes) {
        byte[] out = new byte[PREFIX + bytes.length];
        out[0] = (byte) file.ordinal();
        ByteBuffer.wrap(out, 1, Long.BYTES).putLong(line);
        System.arraycopy(bytes, 0, out, PREFIX, bytes.length);
        return out;
    }

    static InputLine decode(byte[] encoded) {
        return new InputLine(FILES[encoded[0]], ByteBuffer.wrap(encoded, 1, Long.BYTES).getLong(), Arrays.copyOfRange(encoded, PREFIX, encoded.length));
    }
}
