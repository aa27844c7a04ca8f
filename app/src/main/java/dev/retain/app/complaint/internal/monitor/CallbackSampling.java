package dev.retain.app.complaint.internal.monitor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the configured share of closed complaints to the quality callback queue. Each closed
 * complaint is decided once and the decision recorded (sampled or not, under which share):
 * a re-run decides only complaints closed since, and a later change of the share applies to
 * those only. Two instances at once: the decision's primary key lets one of them win.
 */
@Component
public class CallbackSampling {

    private static final Logger log = LoggerFactory.getLogger(CallbackSampling.class);
    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final MonitorSettings settings;
    private final Clock clock;

    CallbackSampling(JdbcClient jdbc, MonitorSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one run did. */
    public record Run(int decided, int sampled) implements java.io.Serializable {
    }

    @Transactional
    public Run run() {
        int share = settings.callbackSharePercent();
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now(clock));
        int decided = 0, sampled = 0;
        List<Long> ids;
        do {
            ids = jdbc.sql("""
                    select c.id from complaint c
                    where c.state = 'closed'
                      and not exists (select 1 from complaint_callback_sampling s where s.complaint_id = c.id)
                    order by c.id limit ?""").param(BATCH).query(Long.class).list();
            for (long id : ids) {
                boolean take = CallbackSample.sampled(id, share);
                int inserted = jdbc.sql("""
                        insert into complaint_callback_sampling (complaint_id, sampled, share_percent, decided_at)
                        values (?, ?, ?, ?) on conflict (complaint_id) do nothing""").params(id, take, share, now).update();
                if (inserted == 0) continue;
                decided++;
                if (take) {
                    jdbc.sql("insert into complaint_quality_callback (complaint_id, queued_at) values (?, ?) on conflict do nothing")
                            .params(id, now).update();
                    sampled++;
                }
            }
        } while (ids.size() == BATCH);
        if (decided > 0) log.info("quality callbacks: {} closed complaints decided at {} %, {} sampled", decided, share, sampled);
        return new Run(decided, sampled);
    }
}
