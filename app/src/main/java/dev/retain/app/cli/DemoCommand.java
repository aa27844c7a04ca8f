package dev.retain.app.cli;

import dev.retain.engine.cycle.CycleReport;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.synth.ProvinceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;

/**
 * {@code retain demo}: a demo province under var/demo (generated once, reused after), and
 * the cycles of its last two months, the second keeping the first's assignments. The web
 * application is not built yet, so the demo ends by printing the cycle summary.
 */
final class DemoCommand {

    static final Set<String> OPTIONS = Set.of("subscribers", "home");
    private static final String COMPLETE_MARKER = ".complete";

    private DemoCommand() {
    }

    static int run(Options o, PrintStream out) throws IOException {
        Path home = Path.of(o.text("home", System.getenv().getOrDefault("RETAIN_HOME", ".")));
        Path demo = home.resolve("var").resolve("demo");
        Path province = demo.resolve("province");
        YearMonth last = GenerateCommand.DEFAULT_LAST_MONTH;
        if (Files.exists(province.resolve(COMPLETE_MARKER))) {
            out.println("demo province found in " + province + " (delete var/demo to generate a new one)");
        } else {
            out.println("generating the demo province into " + province + " (first start only)");
            GenerateCommand.generate(new ProvinceSpec(o.number("subscribers", 50_000), 13, last, 7), province, out);
            Files.writeString(province.resolve(COMPLETE_MARKER), "generated\n");
        }
        CycleSettings settings = SettingsLoader.defaults();
        RuleSet rules = new RuleSetLoader().loadDefaults();
        Path before = demo.resolve("cycle").resolve(last.minusMonths(1).toString());
        Path now = demo.resolve("cycle").resolve(last.toString());
        CycleReport first = CycleCommand.cycle(settings, rules, last.minusMonths(1), province, before, null);
        CycleCommand.print(first, out);
        CycleReport second = CycleCommand.cycle(settings, rules, last, province, now, before.resolve("assignments.csv"));
        CycleCommand.print(second, out);
        out.println();
        out.println("The web workbench is not built yet (next issue): this demo prints the cycle summary.");
        out.println("Outputs: " + now.resolve("segments.csv") + ", tasks.csv, assignments.csv, summary.json");
        return 0;
    }
}
