package dev.retain.app.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the guard saw in this JVM, over every Spring context of the test run: statements per
 * origin, the tables each module touched, and every violation (kept even when the code that
 * ran the statement swallowed the exception). {@code TableOwnershipVerdictTests}, the last
 * test class, reads it.
 */
final class OwnershipLedger {

    /** One statement that broke a rule. */
    record Violation(String rule, String module, String issuer, String table, String owner, String sql) {

        @Override
        public String toString() {
            return module + " (" + issuer + ") " + rule + " " + table + (owner == null ? "" : " (owned by " + owner + ")")
                    + ": " + sql;
        }
    }

    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> touched = new ConcurrentHashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    void countStatement(StatementOrigin origin) {
        String key = switch (origin.kind()) {
            case MODULE -> "module " + origin.module();
            case LIBRARY -> "library " + origin.issuer();
            case TEST -> "test code";
            case UNATTRIBUTED -> "unattributed";
        };
        statements.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    void touched(String module, String how, String table) {
        // one line for every staging table of a kind (import_stage_plan_7, import_stage_plan_8, …)
        touched.computeIfAbsent(module, k -> new ConcurrentSkipListSet<>()).add(how + " " + table.replaceAll("_\\d+$", "_<n>"));
    }

    synchronized void violation(Violation v) {
        violations.add(v);
    }

    synchronized List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Statements seen per origin ("module retention", "library org.flywaydb", "test code", …). */
    Map<String, Long> statements() {
        Map<String, Long> copy = new TreeMap<>();
        statements.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    long statementsOfModule(String module) {
        LongAdder n = statements.get("module " + module);
        return n == null ? 0 : n.sum();
    }

    /** Per module: "writes task", "reads segment", … */
    Map<String, Set<String>> touched() {
        Map<String, Set<String>> copy = new TreeMap<>();
        touched.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
        return copy;
    }
}
