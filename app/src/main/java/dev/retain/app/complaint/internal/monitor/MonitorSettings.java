package dev.retain.app.complaint.internal.monitor;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitor's settings an admin edits: the share of closed complaints sent to a quality
 * callback (004's "客户抽样回访"), in whole percent. Read on every call, so a change counts on
 * every instance at once; every change audited.
 */
@Component
public class MonitorSettings {

    public static final String CALLBACK_SHARE = "callback-share-percent";
    public static final int DEFAULT_CALLBACK_SHARE = 20;
    static final String AUDIT_ACTION = "complaint_monitor_settings";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    MonitorSettings(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public int callbackSharePercent() {
        return jdbc.sql("select value from complaint_monitor_setting where key = ?").param(CALLBACK_SHARE)
                .query(String.class).optional().map(Integer::parseInt).orElse(DEFAULT_CALLBACK_SHARE);
    }

    /** Sets the share (0-100); a value outside is refused with the field named. */
    @Transactional
    public void setCallbackSharePercent(int percent, RetainUser by) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException(CALLBACK_SHARE + " must be 0-100, was " + percent);
        }
        int before = callbackSharePercent();
        jdbc.sql("""
                insert into complaint_monitor_setting (key, value, changed_by, changed_at) values (?, ?, ?, ?)
                on conflict (key) do update set value = excluded.value, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(CALLBACK_SHARE, Integer.toString(percent), by.username(), java.sql.Timestamp.from(Instant.now(clock))).update();
        audit.record(by, AUDIT_ACTION, CALLBACK_SHARE, before + " -> " + percent);
    }
}
