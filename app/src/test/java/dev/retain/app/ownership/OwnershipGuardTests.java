package dev.retain.app.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.retention.PlantedReadModel;
import dev.retain.app.retention.PlantedRetentionSql;
import dev.retain.app.segment.PlantedSegmentSql;
import dev.retain.app.ownership.GuardedJdbc.GuardedDataSource;
import dev.retain.app.ownership.OwnershipGuard.Planted;
import dev.retain.app.ownership.OwnershipGuard.TableOwnershipViolation;
import dev.retain.app.ownership.OwnershipLedger.Violation;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guard installed in the application's context refuses planted violations at the
 * statement — a write to another module's table (dynamic SQL, and COPY around JdbcClient), a
 * read or row lock outside a …ReadModel, an unknown table, a write to another module's scratch
 * table — and lets the legal ones run. Planted statements are judged apart from the real run's
 * ledger, so TableOwnershipVerdictTests still sees only what the application did.
 */
@RetainWebTest
class OwnershipGuardTests {

    private final OwnershipGuard guard = OwnershipGuard.GLOBAL;

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void theApplicationsDataSourceIsGuarded() throws SQLException {
        assertThat(dataSource.isWrapperFor(GuardedDataSource.class)).isTrue();
        assertThat(guard.owners().ownerOf("customer_note")).contains("customer");
        assertThat(guard.owners().ownerOf("task")).contains("retention");
        assertThat(guard.owners().ownerOf("segment")).contains("segment");
    }

    @Test
    void aWriteToAnotherModulesTableIsRefusedAtTheStatement() {
        long notesBefore = jdbc.sql("select count(*) from customer_note").query(Long.class).single();
        Planted<Integer> planted = guard.plant(() -> PlantedRetentionSql.writeAnotherModulesTable(jdbc));

        assertRefused(planted, "writes", "customer_note", "customer", "PlantedRetentionSql");
        assertThat(jdbc.sql("select count(*) from customer_note").query(Long.class).single())
                .as("the statement never ran").isEqualTo(notesBefore);
    }

    @Test
    void aCopyIntoAnotherModulesTableIsRefused() {
        Planted<Long> planted = guard.plant(() -> {
            try {
                return PlantedRetentionSql.copyIntoAnotherModulesTable(dataSource);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertRefused(planted, "writes", "manager", "customer", "PlantedRetentionSql");
    }

    @Test
    void readsAndRowLocksOfAnotherModulesTableOutsideAReadModelAreRefused() {
        assertRefused(guard.plant(() -> PlantedRetentionSql.readAnotherModulesTable(jdbc)),
                "reads outside a …ReadModel", "subscriber", "customer", "PlantedRetentionSql");
        assertRefused(guard.plant(() -> PlantedRetentionSql.lockAnotherModulesRow(jdbc)),
                "reads outside a …ReadModel", "manager", "customer", "PlantedRetentionSql");
        assertRefused(guard.plant(() -> PlantedRetentionSql.readUnknownTable(jdbc)),
                "reads an unknown table", "planted_no_such_table", null, "PlantedRetentionSql");
    }

    @Test
    void aReadModelMayReadButNotWriteAnotherModulesTables() {
        Planted<Long> read = guard.plant(() -> PlantedReadModel.subscribers(jdbc));
        assertThat(read.thrown()).isNull();
        assertThat(read.violations()).isEmpty();
        assertThat(read.result()).isNotNull();

        assertRefused(guard.plant(() -> PlantedReadModel.writeAnotherModulesTable(jdbc)), "writes", "segment", "segment",
                "PlantedReadModel");
    }

    @Test
    void aModuleWritesItsOwnTablesAndItsOwnScratchTablesButNotAnothersScratch() {
        Planted<Integer> own = guard.plant(() -> PlantedRetentionSql.writeOwnTable(jdbc));
        assertThat(own.thrown()).isNull();
        assertThat(own.violations()).isEmpty();

        String scratch = "planted_scratch_" + System.nanoTime();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        Planted<Integer> filled = guard.plant(() -> tx.execute(s -> PlantedRetentionSql.createAndFillScratch(jdbc, scratch)));
        assertThat(filled.thrown()).isNull();
        assertThat(filled.result()).isEqualTo(1);

        Planted<Integer> foreign = guard.plant(() -> tx.execute(s -> {
            PlantedRetentionSql.createAndFillScratch(jdbc, scratch + "_b");
            return PlantedSegmentSql.writeScratchOfAnotherModule(jdbc, scratch + "_b");
        }));
        assertRefused(foreign, "writes", scratch + "_b", "retention", "PlantedSegmentSql");
    }

    @Test
    void plantedViolationsStayOutOfTheRunsLedger() {
        guard.plant(() -> PlantedRetentionSql.writeAnotherModulesTable(jdbc));
        assertThat(guard.ledger().violations()).noneMatch(v -> v.issuer().startsWith("Planted"));
    }

    private static void assertRefused(Planted<?> planted, String rule, String table, String owner, String issuer) {
        assertThat(planted.violations()).as("violations recorded").hasSize(1);
        Violation v = planted.violations().get(0);
        assertThat(v.rule()).isEqualTo(rule);
        assertThat(v.table()).isEqualTo(table);
        assertThat(v.owner()).isEqualTo(owner);
        assertThat(v.issuer()).isEqualTo(issuer);
        assertThat(planted.thrown()).as("the statement was refused with an exception").isNotNull();
        assertThat(rootCause(planted.thrown())).isInstanceOf(TableOwnershipViolation.class).hasMessageContaining(table);
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }
}
