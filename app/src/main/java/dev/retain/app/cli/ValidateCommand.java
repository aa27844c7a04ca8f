package dev.retain.app.cli;

import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.load.ProvinceLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code retain validate}: checks every row of every contract file, all months, and writes the rejects reports. */
final class ValidateCommand {

    static final Set<String> OPTIONS = Set.of("in", "out", "max-reject-rate");

    private ValidateCommand() {
    }

    static int run(Options o, PrintStream out) throws IOException {
        Path in = o.path("in");
        Path reports = o.optionalPath("out");
        if (reports == null) reports = in;
        Files.createDirectories(reports);
        Double given = o.rejectRate();
        double rate = given != null ? given : SettingsLoader.defaults().maxRejectRate();
        TerminalProgress progress = TerminalProgress.forConsole();
        long start = System.nanoTime();
        List<FileLoad> loads;
        try {
            loads = new ProvinceLoader(in, reports, rate, progress).validateAll();
        } finally {
            progress.clear();
        }
        long rows = 0;
        long rejected = 0;
        for (FileLoad f : loads) {
            out.printf("  %-20s %,12d rows %,10d rejected%s%n", f.file(), f.rows(), f.rejected(),
                    f.rejectsFile() == null ? "" : "  -> " + f.rejectsFile());
            rows += f.rows();
            rejected += f.rejected();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("validated %,d rows in %d files, %,d rejected, in %.1f s (%,.0f rows/s)%n", rows, loads.size(), rejected, seconds, rows / Math.max(seconds, 1e-9));
        return rejected == 0 ? 0 : 1;
    }
}
