package dev.retain.app.alert.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the demo replay asks of the province (customer's {@code import_run}, {@code subscriber},
 * {@code plan}, {@code usage_monthly}; assignment's {@code assignment}): whether the demo's data was
 * imported, and its heaviest data users among the customers a manager serves.
 */
@Component
public class DemoReplayReadModel {

    /** `retain demo` imports its province as the user "demo" from the command line (cli.DemoCommand). */
    static final String DEMO_USER = "demo";

    private final JdbcClient jdbc;

    DemoReplayReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean demoLoaded() {
        return jdbc.sql("""
                        select exists (select 1 from import_run
                                       where status = 'succeeded' and (source = 'demo' or (source = 'cli' and username = ?)))""")
                .param(DEMO_USER).query(Boolean.class).single();
    }

    /**
     * Customers with a manager and a plan that includes data, the heaviest users of their allowance in
     * the newest imported month first: the ones a real month would warn.
     */
    public List<String> heavyDataUsers(int limit) {
        return jdbc.sql("""
                        select s.msisdn
                        from subscriber s
                        join plan p on p.plan_id = s.plan_id and p.data_mb > 0
                        join assignment a on a.msisdn = s.msisdn and a.manager_id is not null
                        join usage_monthly u on u.msisdn = s.msisdn and u.month = (select max(month) from usage_monthly)
                        where s.dnd = false
                        order by u.data_mb / p.data_mb desc, s.msisdn
                        limit ?""")
                .param(limit).query(String.class).list();
    }
}
