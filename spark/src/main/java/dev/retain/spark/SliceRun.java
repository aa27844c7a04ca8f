package dev.retain.spark;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.CsvReader;
import dev.retain.engine.csv.CsvRecord;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.cycle.CycleSlice;
import dev.retain.engine.load.PreviousAssignments;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One partition's slice of the province, loaded by the engine from the partition's rows, with a scratch
 * folder for the engine's rejects reports and output files (deleted by {@link #close}).
 */
final class SliceRun implements AutoCloseable {

    final CycleSlice slice;
    final List<FileLoad> loads;
    final Path scratch;
    private final JobConfig config;

    SliceRun(JobConfig config, Iterable<InputLine> rows) {
        this.config = config;
        try {
            scratch = Files.createTempDirectory("retain-slice");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<FileLoad> all = new ArrayList<>();
            slice = load(config, rows, all);
            loads = all;
        } catch (RuntimeException | Error e) {
            close(); // a partition that fails to load leaves no scratch folder behind
            throw e;
        }
    }

    private CycleSlice load(JobConfig config, Iterable<InputLine> rows, List<FileLoad> loads) {
        PartitionInputs inputs = new PartitionInputs(config.headers(), config.references(), rows);
        Path rejects = scratch.resolve("rejects");
        ProvinceLoader loader = ProvinceLoader.part(inputs, rejects, Progress.NONE);
        String previousName = ContractFile.PREVIOUS_ASSIGNMENTS.csvName;
        PreviousAssignments previous = inputs.exists(previousName)
                ? PreviousAssignments.read(previousName, inputs.open(previousName), new ContractFileReader(rejects, 1.0),
                        line -> inputs.originalLine(previousName, line))
                : PreviousAssignments.none();
        CycleSlice loaded = CycleSlice.loadPart(config.settings(), config.rules(), Progress.NONE, loader, config.month(), config.model(),
                previous, Clock.systemUTC());
        loads.addAll(loaded.province().loads());
        if (previous.load() != null) loads.add(previous.load());
        return loaded;
    }

    /** The rows the engine rejected in this partition, each with its file and original line. */
    List<Rejected> rejects(boolean withReferenceFiles) {
        List<Rejected> all = new ArrayList<>();
        for (FileLoad load : loads) {
            if (load.rejectsFile() == null) continue;
            boolean reference = !keyed(load.file());
            if (reference && !withReferenceFiles) continue; // every partition reads them: one reports them
            // read as CSV: a rejected row's raw text may hold a line break inside its quotes
            try (CsvReader reader = new CsvReader(Files.newInputStream(load.rejectsFile()))) {
                reader.next(); // the header
                while (reader.next()) {
                    CsvRecord r = reader.record();
                    all.add(new Rejected(load.file(), Long.parseLong(r.text(1)), r.raw()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        all.sort(Comparator.comparing(Rejected::file).thenComparingLong(Rejected::line));
        return all;
    }

    /** Writes one of the engine's output files for this slice and copies it to {@code out/<file>/part-NNNNN.csv} (any Hadoop path). */
    void publish(String name, OutputWrite write, String out, int partition) {
        Path file = scratch.resolve(name);
        try {
            write.to(file);
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, name + "/" + String.format("part-%05d.csv", partition));
            org.apache.hadoop.fs.FileSystem fs = target.getFileSystem(config.hadoopConfiguration());
            try (var in = Files.newInputStream(file); var o = fs.create(target, true)) {
                in.transferTo(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface OutputWrite {
        void to(Path file) throws IOException;
    }

    static boolean keyed(String csvName) {
        ContractFile f = ContractFile.byCsvName(csvName);
        return f != null && f.keyed;
    }

    @Override
    public void close() {
        try (var walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a scratch folder left in the executor's temp space is harmless
        }
    }
}
