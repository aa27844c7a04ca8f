package dev.retain.app.core.locks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock on a name, held to the end of the caller's transaction (one must be active): callers that
 * take the same name in the same order take turns, on every instance. Names are hashed to 64 bits.
 */
@Component
public class TransactionLocks {

    private final JdbcClient jdbc;

    TransactionLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for, then holds, the lock named {@code name} until the transaction ends. */
    public void hold(String name) {
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?, 0))) held").param(name).query(Long.class).single();
    }
}
