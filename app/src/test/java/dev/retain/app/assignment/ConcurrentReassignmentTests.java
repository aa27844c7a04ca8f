package dev.retain.app.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two supervisors cannot both fill a manager's last free place: the manager's row (the
 * customer module's, locked through its API) makes the second reassignment wait for the
 * first to commit, then see the manager full.
 */
@RetainWebTest
class ConcurrentReassignmentTests {

    private static final String CM = "customer_manager";
    private static final RetainUser ALICE = new RetainUser("sup-alice", "Alice", Role.SUPERVISOR, null);
    private static final RetainUser BOB = new RetainUser("sup-bob", "Bob", Role.SUPERVISOR, null);

    @Autowired Assignments assignments;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void theSecondReassignmentToTheLastFreePlaceWaitsAndIsRefused() throws Exception {
        new AssignmentFixtures(jdbc).manager("RSC-FROM", CM, "RSC", 5, true).manager("RSC-LAST", CM, "RSC", 1, true)
                .customer("19930000001", "RSC", "RSC-FROM", CM).customer("19930000002", "RSC", "RSC-FROM", CM);
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);

        CompletableFuture<Reassignment> first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions).execute(tx -> {
            Reassignment r = assignments.reassign("19930000001", "RSC-LAST", ALICE);
            firstHoldsTheLock.countDown();
            await(commitFirst);
            return r;
        }));
        assertThat(firstHoldsTheLock.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Reassignment> second = CompletableFuture.supplyAsync(() -> assignments.reassign("19930000002", "RSC-LAST", BOB));

        Thread.sleep(500);
        assertThat(second).as("the second waits for the manager's row").isNotDone();
        commitFirst.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).toManagerId()).isEqualTo("RSC-LAST");
        assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ReassignmentRefused.class).hasMessageContaining("assignment.error.over-capacity");
        assertThat(jdbc.sql("select count(*) from assignment where manager_id = 'RSC-LAST'").query(Long.class).single()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("not released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
