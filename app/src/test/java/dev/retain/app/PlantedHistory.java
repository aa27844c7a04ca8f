package dev.retain.app;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Import and cycle runs as a real province's history has them, for the tests that read every
 * page: a successful import with its counts, and failures whose messages name phone numbers
 * (written before the import masked them at the source), once per database.
 */
final class PlantedHistory {

    private PlantedHistory() {
    }

    static void plantOnce(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from import_run where username = 'planted'").query(Long.class).single() > 0) return;
        long ok = jdbc.sql("""
                insert into import_run (username, source, status, months, finished_at, started_at)
                values ('planted', 'upload', 'succeeded', '2030-07,2030-08,2030-09,2030-10', now(), now() - interval '95 seconds')
                returning id""").query(Long.class).single();
        jdbc.sql("""
                insert into import_file (import_id, file, rows_read, rows_loaded, rows_rejected) values
                (?, 'subscribers.csv', 2000, 1998, 2), (?, 'usage_monthly.csv', 8000, 8000, 0)""").params(ok, ok).update();
        jdbc.sql("""
                insert into import_run (username, source, status, message, finished_at) values
                ('planted', 'upload', 'failed', 'subscribers.csv: 3 of 10 rows rejected (30.00%), more than the allowed 1.00%; '
                    || 'first: line 4, column msisdn: duplicate msisdn 13912345678 (first on line 2)', now()),
                ('planted', 'api', 'failed', 'unexpected error: lost +8613912345679 on the way', now())""").update();
        jdbc.sql("""
                insert into cycle_run (month, status, started_by, finished_at, error)
                values ('2030-01', 'failed', 'planted', now(), 'usage_monthly.csv: unknown subscriber 13912345670')""").update();
    }
}
