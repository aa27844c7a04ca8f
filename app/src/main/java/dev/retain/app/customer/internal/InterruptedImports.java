package dev.retain.app.customer.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At startup: an import left "running" by a Retain that was stopped or killed during it kept
 * none of its data (its transaction never committed); it is recorded as failed rather than
 * shown running for ever. Only while no import holds the import lock (one may be running on
 * another instance), and only runs older than a minute (a run's row is written just before
 * its transaction takes the lock).
 */
@Component
class InterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);
    static final String MESSAGE = "interrupted: Retain stopped during the import; nothing of it was kept, import the files again";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    InterruptedImports(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        Integer failed = tx.execute(status -> {
            boolean noImportRuns = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(?))").param(ProvinceImport.IMPORT_LOCK)
                    .query(Boolean.class).single();
            if (!noImportRuns) return null;
            return jdbc.sql("""
                            update import_run set status = 'failed', message = ?, finished_at = clock_timestamp()
                            where status = 'running' and started_at < clock_timestamp() - interval '1 minute'""")
                    .param(MESSAGE).update();
        });
        if (failed == null) log.info("an import is running; interrupted imports are checked at the next start");
        else if (failed > 0) log.warn("{} import(s) interrupted by a stop recorded as failed", failed);
    }
}
