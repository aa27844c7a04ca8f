package dev.retain.app.customer;

import dev.retain.engine.value.Msisdn;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the imported province holds, asked by other modules one question at a time. */
@Service
public class ImportedProvince {

    private final JdbcClient jdbc;

    ImportedProvince(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the number, in either form (+86… or national), is a subscriber. */
    public boolean hasSubscriber(String msisdn) {
        return jdbc.sql("select exists (select 1 from subscriber where msisdn = ?)").param(Msisdn.canonical(msisdn)).query(Boolean.class).single();
    }

    /** The newest month with imported usage (the month a cycle would normally run for). */
    public Optional<YearMonth> newestUsageMonth() {
        return jdbc.sql("select month from usage_monthly order by month desc limit 1").query(String.class).optional()
                .map(YearMonth::parse);
    }
}
