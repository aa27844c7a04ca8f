package dev.retain.app.core.locks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A held {@link ClusterLocks} lock; {@link #close} releases it and gives the connection back. */
public final class ClusterLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterLock.class);

    private final String name;
    private Connection connection;

    ClusterLock(String name, Connection connection) {
        this.name = name;
        this.connection = connection;
    }

    public String name() {
        return name;
    }

    @Override
    public synchronized void close() {
        if (connection == null) return;
        try {
            try (PreparedStatement s = connection.prepareStatement("select pg_advisory_unlock(hashtext(?))")) {
                s.setString(1, name);
                s.execute();
            }
            connection.close();
        } catch (SQLException e) {
            // a pooled session must not go back still holding the lock: drop the connection instead,
            // which ends the session and with it the lock
            log.warn("could not release the lock '{}'; closing its database session instead", name, e);
            abort(connection);
            closeQuietly(connection);
        } finally {
            connection = null;
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already broken: the pool discards it
        }
    }

    /** Ends the session under the pooled connection, so the pool discards it when it comes back. */
    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            log.warn("could not close the database session of a lock", e);
        }
    }
}
