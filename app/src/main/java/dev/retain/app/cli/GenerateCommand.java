package dev.retain.app.cli;

import dev.retain.synth.GenerationSummary;
import dev.retain.synth.ProvinceGenerator;
import dev.retain.synth.ProvinceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;

/** {@code retain generate}: writes a synthetic province in the CSV contract. */
final class GenerateCommand {

    static final Set<String> OPTIONS = Set.of("subscribers", "months", "seed", "out", "last-month");
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
        ProvinceSpec spec = new ProvinceSpec(subscribers, (int) months, o.month("last-month", DEFAULT_LAST_MONTH), o.number("seed", 7));
        return generate(spec, o.path("out"), out);
    }

    static int generate(ProvinceSpec spec, Path dir, PrintStream out) throws IOException {
        Files.createDirectories(dir);
        TerminalProgress progress = TerminalProgress.forConsole();
        long start = System.nanoTime();
        GenerationSummary s = new ProvinceGenerator(spec).generate(dir, done -> progress.update("generate subscribers", done, spec.subscribers()));
        progress.clear();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("generated %,d subscribers, %,d usage rows, %,d call-peer rows, %,d complaints, %d managers, %d groups for %s..%s into %s in %.1f s (%,.0f subscribers/s)%n",
                s.subscribers(), s.usageRows(), s.callPeerRows(), s.complaintRows(), s.managers(), s.groups(), s.firstMonth(), s.lastMonth(), dir,
                seconds, s.subscribers() / Math.max(seconds, 1e-9));
        return 0;
    }
}
