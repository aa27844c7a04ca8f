package dev.retain.app.core;

import java.util.List;

/**
 * The database was migrated by an earlier build, and a migration it applied has changed since
 * (or is gone). Retain never rewrites an applied migration's record by itself: the message says,
 * in one line, which migrations and what to do.
 */
public class AppliedMigrationChangedException extends RuntimeException {

    private final List<String> migrations;

    public AppliedMigrationChangedException(List<String> migrations) {
        super("the database was created by an earlier build of Retain and migration " + String.join(", ", migrations)
                + " has changed since; for a development database under var/db: stop Retain, delete var/db and import"
                + " again (or set RETAIN_DB_URL to an empty database)");
        this.migrations = List.copyOf(migrations);
    }

    /** The changed migrations, as "version description (what differs)". */
    public List<String> migrations() {
        return migrations;
    }
}
