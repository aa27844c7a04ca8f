package dev.retain.app.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.ownership.OwnershipLedger.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The verdict of the table-ownership guard over the whole test run: it runs after every other
 * test class (junit-platform.properties orders classes by @Order) and fails when any statement
 * broke the rule — even one whose exception the application caught — or when a module's
 * statements were never seen (the guard was not in place). Run it with the whole suite; alone
 * it has nothing to judge and says so. The tables each module touched are written to
 * target/table-ownership.txt.
 */
@Order(Integer.MAX_VALUE)
class TableOwnershipVerdictTests {

    /** The modules whose code runs SQL (core and cli run none of their own in the tests). */
    static final List<String> MODULES_RUNNING_SQL =
            List.of("security", "customer", "segment", "assignment", "retention", "cycle", "admin", "report", "notify", "care", "calendar", "alert", "workorder", "complaint", "loyalty",
                    "merchant", "campaign", "outcome", "inspection", "survey", "metrics", "assessment");

    private final OwnershipLedger ledger = OwnershipGuard.GLOBAL.ledger();

    @Test
    void noStatementOfTheTestRunBrokeTableOwnership() throws IOException {
        writeReport();
        List<Violation> violations = ledger.violations();
        assertThat(violations).as("statements that wrote another module's table, or read one outside a …ReadModel:%n%s",
                String.join(System.lineSeparator(), violations.stream().map(Violation::toString).distinct().toList())).isEmpty();
    }

    @Test
    void everyModulesStatementsWereSeenSoTheGuardWasInPlace() {
        Map<String, Long> seen = ledger.statements();
        for (String module : MODULES_RUNNING_SQL) {
            assertThat(ledger.statementsOfModule(module))
                    .as("statements of module %s seen by the guard (all seen: %s); run this class with the whole suite", module, seen)
                    .isPositive();
        }
        assertThat(seen.getOrDefault("library org.flywaydb", 0L)).as("Flyway's migrations went through the guarded DataSource").isPositive();
    }

    private void writeReport() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# statements seen per origin");
        ledger.statements().forEach((k, v) -> lines.add(k + ": " + v));
        lines.add("");
        lines.add("# tables each module touched");
        for (Map.Entry<String, Set<String>> e : ledger.touched().entrySet()) {
            lines.add(e.getKey() + ":");
            e.getValue().forEach(t -> lines.add("  " + t));
        }
        lines.add("");
        lines.add("# violations");
        ledger.violations().forEach(v -> lines.add(v.toString()));
        Path target = Path.of("target");
        if (Files.isDirectory(target)) Files.write(target.resolve("table-ownership.txt"), lines);
    }
}
