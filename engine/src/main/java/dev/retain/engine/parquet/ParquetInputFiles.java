package dev.retain.engine.parquet;

import dev.retain.engine.load.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.LocalInputFile;

/**
 * An input folder of Parquet files: a contract file {@code name.csv} is read from {@code name.parquet} when that exists
 * (one file, or a folder of part files read in file-name order), as the CSV lines of its rows (header = the column
 * names), so the engine's CSV parsers validate it and report its rejects exactly as for a CSV export. Row k (0-based,
 * over the parts in order) is line k + 2. A contract file without a {@code .parquet} is read as CSV.
 */
public final class ParquetInputFiles implements InputFiles {

    private final Path dir;
    private final InputFiles csv;
    /** Per file being read: where a text value with a line break made the CSV lines run ahead of the rows. */
    private final Map<String, ConcurrentSkipListMap<Long, Long>> shifts = new ConcurrentHashMap<>();

    public ParquetInputFiles(Path dir) {
        this.dir = dir;
        this.csv = InputFiles.folder(dir);
    }

    /** {@code subscribers.csv} → {@code subscribers.parquet}. */
    public static String parquetName(String csvName) {
        String base = csvName.endsWith(".csv") ? csvName.substring(0, csvName.length() - 4) : csvName;
        return base + ".parquet";
    }

    /** The Parquet files of {@code path}: itself, or a folder's {@code *.parquet} files (not hidden, not {@code _…}) by name. */
    public static List<Path> parts(Path path) throws IOException {
        if (!Files.isDirectory(path)) return List.of(path);
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".parquet") && !n.startsWith(".") && !n.startsWith("_");
                    })
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private Path parquet(String file) {
        return dir.resolve(parquetName(file));
    }

    private boolean isParquet(String file) {
        return Files.exists(parquet(file));
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public boolean present() {
        return Files.isDirectory(dir);
    }

    @Override
    public boolean exists(String file) {
        return isParquet(file) || csv.exists(file);
    }

    /** For a Parquet file: the uncompressed size of its row groups, about what its CSV lines weigh. */
    @Override
    public long size(String file) throws IOException {
        if (!isParquet(file)) return csv.size(file);
        long total = 0;
        for (Path p : parts(parquet(file))) {
            long uncompressed = 0;
            try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(p))) {
                for (BlockMetaData b : r.getFooter().getBlocks()) uncompressed += b.getTotalByteSize();
            } catch (RuntimeException e) {
                throw new IOException(p.getFileName() + " is not a readable Parquet file: " + e.getMessage(), e);
            }
            total += Math.max(uncompressed, Files.size(p));
        }
        return total;
    }

    @Override
    public InputStream open(String file) throws IOException {
        if (!isParquet(file)) return csv.open(file);
        ConcurrentSkipListMap<Long, Long> lines = new ConcurrentSkipListMap<>();
        shifts.put(file, lines);
        List<Path> parts = parts(parquet(file));
        if (parts.isEmpty()) throw new IOException(parquetName(file) + " is a folder without .parquet files");
        return new ParquetCsvStream(new ArrayList<>(parts), lines);
    }

    @Override
    public long originalLine(String file, long line) {
        ConcurrentSkipListMap<Long, Long> lines = shifts.get(file);
        if (lines == null) return line;
        Map.Entry<Long, Long> shift = lines.floorEntry(line);
        return shift == null ? line : line - shift.getValue();
    }

    /** Whether {@code dir} is a Parquet input folder: it has subscribers.parquet and no subscribers.csv. */
    public static boolean isParquetFolder(Path dir, String subscribersCsv) {
        return Files.exists(dir.resolve(parquetName(subscribersCsv))) && !Files.exists(dir.resolve(subscribersCsv));
    }
}
