package dev.retain.app.cli;

import dev.retain.app.RetainApplication;
import dev.retain.app.customer.ImportFileCounts;
import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code retain import DIR}: loads the contract files of a folder into the database that
 * {@code retain serve} uses (embedded under var/db, or RETAIN_DB_URL), as user {@code cli}.
 * Starts Spring without the web server. Exit codes: 0 imported, 1 imported with some
 * rejected rows, 2 failed and nothing kept.
 */
final class ImportCommand {

    static final Set<String> OPTIONS = Set.of("max-reject-rate");
    static final String USER = "cli";

    private ImportCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) throw new UsageException("import: the folder to import is required (retain import DIR)");
        Path dir = Path.of(args[1]);
        Options o = new Options("import", args, 2, OPTIONS);
        Double rate = o.rejectRate();
        if (!Files.isDirectory(dir)) {
            err.println("error: " + dir + ": input folder not found");
            return 2;
        }
        // progress and the summary of the import, warnings of the rest; the cycle the import
        // queues runs in the server (`retain serve`), not in this short-lived process
        try (ConfigurableApplicationContext context = start("--logging.level.root=WARN", "--logging.level.dev.retain.app.customer=INFO",
                "--retain.jobs.enabled=false")) {
            ImportService imports = context.getBean(ImportService.class);
            ImportRun run = rate == null ? imports.importFrom(dir, USER, ImportService.CLI)
                    : imports.importFrom(dir, USER, ImportService.CLI, rate);
            int code = report(run, out, err);
            if (run.succeeded()) {
                var complaints = ComplaintFile.importIfPresent(context, dir, USER, out);
                if (complaints != null && complaints.rejected() > 0 && code == 0) code = 1;
            }
            return code;
        }
    }

    /** The application without the web server; a failed start is an {@link ApplicationStartException}. */
    static ConfigurableApplicationContext start(String... args) {
        try {
            return new SpringApplicationBuilder(RetainApplication.class).web(WebApplicationType.NONE).run(ApplicationStart.arguments(args));
        } catch (RuntimeException e) {
            throw new ApplicationStartException(e);
        }
    }

    /** One line per file, the total with its throughput, and the exit code. */
    static int report(ImportRun run, PrintStream out, PrintStream err) {
        for (ImportFileCounts f : run.files()) {
            out.printf(Locale.ROOT, "  %-20s %,12d read %,12d loaded %,10d rejected%n", f.file(), f.read(), f.loaded(), f.rejected());
        }
        double seconds = run.duration() == null ? 0 : run.duration().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "import %d %s: %,d rows read, %,d loaded, %,d rejected in %.1f s (%,.0f rows/s)%n", run.id(), run.status(),
                run.rowsRead(), run.rowsLoaded(), run.rowsRejected(), seconds, run.rowsPerSecond());
        if (!run.succeeded()) {
            err.println("error: " + run.message() + " (nothing of this import was kept)");
            return 2;
        }
        if (run.rowsRejected() > 0) {
            out.println("rejected rows: /imports/" + run.id() + "/rejects.csv in the web application (retain serve)");
            return 1;
        }
        return 0;
    }
}
