package dev.retain.app.core;

import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorCode;
import org.flywaydb.core.api.output.ValidateOutput;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Before migrating: an applied migration whose file changed or disappeared stops the start
 * with one line that says what to do ({@link AppliedMigrationChangedException}), instead of
 * Flyway's validation report. Migrations not yet applied are what {@code migrate} is for and
 * pass (modules add theirs out of order, see spring.flyway.out-of-order).
 */
@Component
class MigrationCheck implements FlywayMigrationStrategy {

    private static final Set<ErrorCode> CHANGED = Set.of(CoreErrorCode.CHECKSUM_MISMATCH, CoreErrorCode.DESCRIPTION_MISMATCH,
            CoreErrorCode.TYPE_MISMATCH, CoreErrorCode.APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED);

    @Override
    public void migrate(Flyway flyway) {
        List<String> changed = changedMigrations(flyway);
        if (!changed.isEmpty()) throw new AppliedMigrationChangedException(changed);
        flyway.migrate();
    }

    static List<String> changedMigrations(Flyway flyway) {
        return flyway.validateWithResult().invalidMigrations.stream()
                .filter(m -> m.errorDetails != null && CHANGED.contains(m.errorDetails.errorCode))
                .map(MigrationCheck::describe)
                .toList();
    }

    private static String describe(ValidateOutput m) {
        String what = m.errorDetails.errorCode == CoreErrorCode.APPLIED_VERSIONED_MIGRATION_NOT_RESOLVED ? "file missing"
                : m.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH ? "content" : "name or type";
        return m.version + " " + m.description + " (" + what + ")";
    }
}
