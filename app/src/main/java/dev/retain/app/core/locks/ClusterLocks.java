package dev.retain.app.core.locks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * Named locks across all instances: PostgreSQL session-level advisory locks, each held on a
 * connection of its own for as long as the work runs. A session lock, not a transaction lock,
 * because the work it guards spans several transactions; and not a "running" row, because
 * PostgreSQL releases a session lock by itself when the instance holding it dies, where a row
 * would stay "running" until someone noticed.
 *
 * <p>The name is hashed with {@code hashtext}, as the import's transaction lock is.
 */
@Component
public class ClusterLocks {

    private final DataSource dataSource;

    ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock if no one (in any instance) holds it now; empty at once otherwise. */
    public Optional<ClusterLock> tryAcquire(String name) {
        Connection connection = null;
        try {
            // straight from the pool, outside any Spring transaction: the lock lives as long as this session
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement s = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) return Optional.of(new ClusterLock(name, connection));
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            ClusterLock.closeQuietly(connection);
            throw new CannotGetJdbcConnectionException("cannot take the lock '" + name + "'", e);
        }
    }
}
