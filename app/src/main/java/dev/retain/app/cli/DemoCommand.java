package dev.retain.app.cli;

import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import dev.retain.app.cycle.CycleService;
import dev.retain.synth.ProvinceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code retain demo}: the web application on the embedded database with a demo province.
 * On first start it generates the province under var/demo (once), imports it and runs the
 * cycles of its last two months; later starts find the data in var/db and only start the
 * server. Prints the URL and one login per role.
 */
final class DemoCommand {

    static final Set<String> OPTIONS = Set.of("subscribers", "home", "port");
    private static final String COMPLETE_MARKER = ".complete";

    private DemoCommand() {
    }

    static int run(Options o, PrintStream out) throws IOException {
        Path home = Path.of(o.text("home", System.getenv().getOrDefault("RETAIN_HOME", ".")));
        Path province = home.resolve("var").resolve("demo").resolve("province");
        YearMonth last = GenerateCommand.DEFAULT_LAST_MONTH;
        ConfigurableApplicationContext app = ServeCommand.start(o, "--retain.db.embedded-dir=" + home.resolve("var").resolve("db"));
        DemoData data = app.getBean(DemoData.class);
        if (data.hasSubscribers()) {
            out.println("demo data found in the database (delete var/db and var/demo to start afresh)");
        } else {
            if (!Files.exists(province.resolve(COMPLETE_MARKER))) {
                out.println("generating the demo province into " + province + " (first start only)");
                GenerateCommand.generate(new ProvinceSpec(o.number("subscribers", 50_000), 13, last, 7), province, out);
                Files.writeString(province.resolve(COMPLETE_MARKER), "generated\n");
            }
            ImportRun imported = app.getBean(ImportService.class).importFrom(province, "demo", ImportService.CLI);
            out.println("import " + imported.status() + (imported.message() == null ? "" : ": " + imported.message()));
            if (!ImportRun.SUCCEEDED.equals(imported.status())) return 2;
            CycleService cycles = app.getBean(CycleService.class);
            for (YearMonth month : new YearMonth[] {last.minusMonths(1), last}) {
                out.println("cycle " + month + ": " + cycles.runNow(month, "demo").status());
            }
        }
        DemoData.DemoLogins logins = data.ensureLogins();
        String port = app.getBean(Environment.class).getProperty("local.server.port", "8080");
        out.println();
        out.println("Retain is running: http://localhost:" + port + "   (Ctrl-C stops it)");
        logins.print(out);
        return RetainCommandLine.KEEP_RUNNING;
    }
}
