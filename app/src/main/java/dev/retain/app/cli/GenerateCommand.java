package dev.retain.app.cli;

import dev.retain.engine.parquet.ParquetExport;
import dev.retain.engine.parquet.ParquetInputFiles;
import dev.retain.synth.GenerationSummary;
import dev.retain.synth.ProvinceGenerator;
import dev.retain.synth.ProvinceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;

/**
 * {@code retain generate}: writes a synthetic province in the CSV contract, or with {@code --format parquet} as Parquet
 * files with typed columns (docs/data-formats.md "Parquet"), which {@code retain cycle} and {@code validate} read alike.
 */
final class GenerateCommand {

    static final Set<String> OPTIONS = Set.of("subscribers", "months", "seed", "out", "last-month", "format");
    /**
     * A fixed month, not one derived from today: the same options always write the same files,
     * so the figures in the docs and benchmarks can be reproduced. The demo does not use it: its
     * province ends at the last closed month before today (see {@code DemoCommand}).
     */
    static final YearMonth DEFAULT_LAST_MONTH = YearMonth.of(2026, 10);

    private GenerateCommand() {
    }

    static int run(Options o, PrintStream out) throws IOException {
        long subscribers = o.number("subscribers", 200_000);
        long months = o.number("months", 13);
        if (subscribers < 1) throw new UsageException("generate: --subscribers must be at least 1");
        if (months < 3 || months > 120) throw new UsageException("generate: --months must be between 3 and 120");
        String format = o.text("format", "csv");
        if (!format.equals("csv") && !format.equals("parquet")) {
            throw new UsageException("generate: --format must be csv or parquet, not '" + format + "'");
        }
        ProvinceSpec spec = new ProvinceSpec(subscribers, (int) months, o.month("last-month", DEFAULT_LAST_MONTH), o.number("seed", 7));
        return generate(spec, o.path("out"), out, format.equals("parquet"));
    }

    static int generate(ProvinceSpec spec, Path dir, PrintStream out) throws IOException {
        return generate(spec, dir, out, false);
    }

    /** With {@code parquet}: the CSV files as always, then each converted to {@code <name>.parquet} and the CSV deleted. */
    static int generate(ProvinceSpec spec, Path dir, PrintStream out, boolean parquet) throws IOException {
        Files.createDirectories(dir);
        TerminalProgress progress = TerminalProgress.forConsole();
        long start = System.nanoTime();
        GenerationSummary s = new ProvinceGenerator(spec).generate(dir, done -> progress.update("generate subscribers", done, spec.subscribers()));
        progress.clear();
        if (parquet) {
            int i = 0;
            for (String file : ParquetExport.CONTRACT_FILES) {
                Path csv = dir.resolve(file);
                progress.update("write Parquet", i++, ParquetExport.CONTRACT_FILES.size());
                if (!Files.isRegularFile(csv)) continue;
                ParquetExport.convert(file, csv, dir.resolve(ParquetInputFiles.parquetName(file)));
                Files.delete(csv);
            }
            progress.clear();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("generated %,d subscribers, %,d usage rows, %,d call-peer rows, %,d complaints, %d managers, %d groups for %s..%s into %s%s in %.1f s (%,.0f subscribers/s)%n",
                s.subscribers(), s.usageRows(), s.callPeerRows(), s.complaintRows(), s.managers(), s.groups(), s.firstMonth(), s.lastMonth(), dir,
                parquet ? " as Parquet" : "",
                seconds, s.subscribers() / Math.max(seconds, 1e-9));
        return 0;
    }
}
