package dev.retain.spark;

import dev.retain.engine.load.InputFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One partition's files for the engine's loader: each keyed file is its header and this partition's rows in
 * their original order; each reference file is whole. Lines are mapped back to the original file's, so a
 * rejects report names the line an operator finds in the export.
 */
final class PartitionInputs implements InputFiles {

    private final Map<ContractFile, byte[]> content = new EnumMap<>(ContractFile.class);
    /** Per keyed file: the line in this partition's text where each row starts (ascending), and its line in the original. */
    private final Map<ContractFile, long[]> starts = new EnumMap<>(ContractFile.class);
    private final Map<ContractFile, long[]> lines = new EnumMap<>(ContractFile.class);

    /** {@code headers}: every present file's header line; {@code references}: the reference files whole; {@code rows}: this partition's rows. */
    PartitionInputs(Map<ContractFile, byte[]> headers, Map<ContractFile, byte[]> references, Iterable<InputLine> rows) {
        Map<ContractFile, List<InputLine>> byFile = new EnumMap<>(ContractFile.class);
        for (InputLine l : rows) byFile.computeIfAbsent(l.file(), f -> new ArrayList<>()).add(l);
        headers.forEach((file, header) -> {
            if (!file.keyed) return;
            List<InputLine> mine = byFile.getOrDefault(file, new ArrayList<>());
            mine.sort(java.util.Comparator.comparingLong(InputLine::line)); // first row wins, as in the file
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long[] original = new long[mine.size()];
            long[] start = new long[mine.size()];
            out.writeBytes(header);
            out.write('\n');
            long line = 2;
            for (int k = 0; k < original.length; k++) {
                byte[] row = mine.get(k).bytes();
                out.writeBytes(row);
                out.write('\n');
                original[k] = mine.get(k).line();
                start[k] = line;
                line += 1 + newlines(row); // a Parquet text value may hold a line break: the engine counts physical lines
            }
            content.put(file, out.toByteArray());
            starts.put(file, start);
            lines.put(file, original);
        });
        content.putAll(references);
    }

    @Override
    public String describe() {
        return "the job's input";
    }

    @Override
    public boolean present() {
        return true;
    }

    @Override
    public boolean exists(String file) {
        return content.containsKey(ContractFile.byCsvName(file));
    }

    @Override
    public long size(String file) {
        byte[] b = content.get(ContractFile.byCsvName(file));
        return b == null ? 0 : b.length;
    }

    @Override
    public InputStream open(String file) {
        return new ByteArrayInputStream(content.get(ContractFile.byCsvName(file)));
    }

    @Override
    public long originalLine(String file, long line) {
        ContractFile f = ContractFile.byCsvName(file);
        long[] start = starts.get(f);
        if (start == null || line < 2) return line;
        int k = java.util.Arrays.binarySearch(start, line);
        if (k < 0) k = -k - 2; // a line inside a row that spans several: the row's own
        return k < 0 ? line : lines.get(f)[k];
    }

    private static int newlines(byte[] row) {
        int n = 0;
        for (byte b : row) if (b == '\n') n++;
        return n;
    }
}
