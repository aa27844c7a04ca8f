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
            out.writeBytes(header);
            out.write('\n');
            for (int k = 0; k < original.length; k++) {
                out.writeBytes(mine.get(k).bytes());
                out.write('\n');
                original[k] = mine.get(k).line();
            }
            content.put(file, out.toByteArray());
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
        return content.containsKey(of(file));
    }

    @Override
    public long size(String file) {
        byte[] b = content.get(of(file));
        return b == null ? 0 : b.length;
    }

    @Override
    public InputStream open(String file) {
        return new ByteArrayInputStream(content.get(of(file)));
    }

    @Override
    public long originalLine(String file, long line) {
        long[] original = lines.get(of(file));
        if (original == null || line < 2 || line - 2 >= original.length) return line;
        return original[(int) (line - 2)];
    }

    private static ContractFile of(String csvName) {
        for (ContractFile f : ContractFile.values()) if (f.csvName.equals(csvName)) return f;
        return null;
    }
}
