package dev.retain.app.alert;

import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans, subscribers and their managers for the alert tests, written as an import and a cycle
 * would leave them. Plan ids start with {@code PA-}; each test class keeps to its own numbers.
 */
public final class AlertFixture {

    /** 1,000 MB, 100 minutes, 10 SMS; 0.29 CNY a MB beyond it. */
    public static final String PLAN = "PA-1G";

    private final JdbcClient jdbc;

    public AlertFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                        insert into plan (plan_id, name, monthly_fee, voice_min, data_mb, sms, over_voice_per_min, over_data_per_mb, over_sms)
                        values (?, '测试 1GB', 38, 100, 1000, 10, 0.15, 0.29, 0.10) on conflict do nothing""")
                .param(PLAN).update();
    }

    /** A subscriber on {@link #PLAN} served by {@code managerId} (null: no manager). */
    public AlertFixture subscriber(String msisdn, String managerId) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, plan_id)
                        values (?, ?, '赵六', 'hangzhou', 'gotone', date '2015-01-01', ?) on conflict do nothing""")
                .params(msisdn, msisdn, PLAN).update();
        if (managerId != null) {
            jdbc.sql("""
                            insert into assignment (msisdn, manager_id, role, reason, month, assigned_by)
                            values (?, ?, 'phone_manager', 'kept', '2035-01', 'cycle') on conflict do nothing""")
                    .params(msisdn, managerId).update();
        }
        return this;
    }

    public static UsageEvent event(String msisdn, Instant ts, long mb, String id) {
        return new UsageEvent(msisdn, ts, mb * 1_000, 0, 0, id);
    }

    public static byte[] json(List<UsageEvent> events) {
        return events.stream().map(e -> new String(UsageEventJson.write(e), StandardCharsets.UTF_8))
                .collect(Collectors.joining(",", "[", "]")).getBytes(StandardCharsets.UTF_8);
    }
}
