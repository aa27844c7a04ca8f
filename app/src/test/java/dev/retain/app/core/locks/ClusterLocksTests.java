package dev.retain.app.core.locks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A lock held in one session is refused to every other until it is closed, and closing leaves nothing behind in the pool. */
@RetainWebTest
class ClusterLocksTests {

    @Autowired ClusterLocks locks;
    @Autowired JdbcClient jdbc;

    @Test
    void aHeldLockIsRefusedElsewhereAndFreeAgainOnceClosed() {
        try (ClusterLock held = locks.tryAcquire("test.lock.one").orElseThrow()) {
            assertThat(locks.tryAcquire("test.lock.one")).as("another session").isEmpty();
            assertThat(heldInDatabase("test.lock.one")).isEqualTo(1);
            try (ClusterLock other = locks.tryAcquire("test.lock.two").orElseThrow()) {
                assertThat(other.name()).isEqualTo("test.lock.two");
            }
        }
        Optional<ClusterLock> again = locks.tryAcquire("test.lock.one");
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void aClosedLockDoesNotStayWithItsPooledConnection() {
        // more acquisitions than the pool has connections: each goes back to the pool unlocked
        for (int i = 0; i < 20; i++) locks.tryAcquire("test.lock.pool").orElseThrow().close();
        assertThat(heldInDatabase("test.lock.pool")).isZero();
    }

    private long heldInDatabase(String name) {
        return jdbc.sql("""
                        select count(*) from pg_locks where locktype = 'advisory' and granted
                          and objid = (hashtext(?)::bigint & x'ffffffff'::bigint)::oid""")
                .param(name).query(Long.class).single();
    }
}
