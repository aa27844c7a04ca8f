package dev.retain.app.ownership;

import dev.retain.app.ownership.OwnershipLedger.Violation;
import dev.retain.app.ownership.SqlTables.Parsed;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The rule of the house on each statement the application runs: a module writes (INSERT,
 * UPDATE, DELETE, COPY FROM, TRUNCATE, DDL) only its own tables, and reads another module's
 * tables (row locks included) only from a class named {@code …ReadModel}. A statement that
 * breaks it is recorded in the ledger and refused with a {@link TableOwnershipViolation}
 * before it runs; so is a statement naming a table nobody owns. Library and test statements
 * are counted, not judged.
 *
 * <p>Every top-level package under dev.retain.app is a module here. {@code cli} owns no
 * table: it reads in its own ReadModel and writes through the owners' APIs, like any module.
 * {@code core} owns what its migrations create, and its helpers never run SQL for another
 * module ({@code CsvCopy} prepares a COPY that the table's owner runs).
 */
final class OwnershipGuard {

    static final OwnershipGuard GLOBAL = new OwnershipGuard(TableOwners.fromMigrations(), new OwnershipLedger());

    private static final int SQL_IN_MESSAGE = 400;
    /** The owner of tables that test code created: any module may use them. */
    static final String TEST_FIXTURE = "(test fixture)";

    private final TableOwners owners;
    private final OwnershipLedger ledger;
    /** Set on a thread while a guard test runs planted SQL: its violations go there, not to the ledger. */
    private final ThreadLocal<List<Violation>> planted = new ThreadLocal<>();

    OwnershipGuard(TableOwners owners, OwnershipLedger ledger) {
        this.owners = owners;
        this.ledger = ledger;
    }

    OwnershipLedger ledger() {
        return ledger;
    }

    TableOwners owners() {
        return owners;
    }

    /** Throws when {@code sql}, issued from the current call stack, breaks the rule. */
    void check(String sql) throws TableOwnershipViolation {
        if (sql == null) return;
        List<Violation> plantedSink = planted.get();
        StatementOrigin origin = StatementOrigin.current(plantedSink != null);
        if (plantedSink == null) ledger.countStatement(origin);
        if (origin.kind() == StatementOrigin.Kind.TEST && sql.stripLeading().regionMatches(true, 0, "create", 0, 6)) {
            // a table a test makes for itself (to exercise a helper on it) is nobody's module's
            SqlTables.parse(sql).created().forEach(table -> owners.created(table, TEST_FIXTURE));
        }
        if (origin.kind() != StatementOrigin.Kind.MODULE) return;
        Parsed tables = SqlTables.parse(sql);
        List<Violation> found = judge(origin, tables, sql, plantedSink == null);
        if (found.isEmpty()) return;
        if (plantedSink != null) {
            plantedSink.addAll(found);
        } else {
            found.forEach(ledger::violation);
        }
        throw new TableOwnershipViolation(found.get(0).toString());
    }

    private List<Violation> judge(StatementOrigin origin, Parsed tables, String sql, boolean record) {
        String module = origin.module();
        String shortSql = sql.length() > SQL_IN_MESSAGE ? sql.substring(0, SQL_IN_MESSAGE) + "…" : sql;
        List<Violation> found = new ArrayList<>();
        for (String table : tables.created()) {
            Optional<String> owner = owners.ownerOf(table);
            if (owner.isPresent() && !owner.get().equals(module)) {
                found.add(new Violation("creates", module, origin.issuer(), table, owner.get(), shortSql));
            } else {
                owners.created(table, module);
            }
        }
        for (String table : tables.written()) {
            Optional<String> owner = owners.ownerOf(table);
            if (owner.isPresent() && owner.get().equals(TEST_FIXTURE)) continue;
            if (owner.isEmpty()) {
                found.add(new Violation("writes an unknown table", module, origin.issuer(), table, null, shortSql));
            } else if (!owner.get().equals(module)) {
                found.add(new Violation("writes", module, origin.issuer(), table, owner.get(), shortSql));
            } else if (record) {
                ledger.touched(module, "writes", table);
            }
        }
        for (String table : tables.read()) {
            Optional<String> owner = owners.ownerOf(table);
            if (owner.isPresent() && owner.get().equals(TEST_FIXTURE)) continue;
            if (owner.isEmpty()) {
                found.add(new Violation("reads an unknown table", module, origin.issuer(), table, null, shortSql));
            } else if (!owner.get().equals(module) && !origin.isReadModel()) {
                found.add(new Violation("reads outside a …ReadModel", module, origin.issuer(), table, owner.get(), shortSql));
            } else if (record) {
                ledger.touched(module, owner.get().equals(module) ? "reads" : "reads in " + origin.issuer(), table);
            }
        }
        return found;
    }

    /**
     * Runs {@code planted} with test classes under dev.retain.app counted as their package's
     * module, and returns what the guard refused; the ledger of the real run stays clean.
     */
    <T> Planted<T> plant(Supplier<T> plantedCode) {
        List<Violation> sink = new ArrayList<>();
        planted.set(sink);
        try {
            T result = null;
            RuntimeException thrown = null;
            try {
                result = plantedCode.get();
            } catch (RuntimeException e) {
                thrown = e;
            }
            return new Planted<>(result, thrown, List.copyOf(sink));
        } finally {
            planted.remove();
        }
    }

    record Planted<T>(T result, RuntimeException thrown, List<Violation> violations) {
    }

    /** A statement that breaks table ownership; SQL state RTOWN. */
    static final class TableOwnershipViolation extends SQLException {

        TableOwnershipViolation(String message) {
            super("table ownership: " + message, "RTOWN");
        }
    }
}
