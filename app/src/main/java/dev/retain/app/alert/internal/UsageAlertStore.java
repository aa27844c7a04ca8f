package dev.retain.app.alert.internal;

import dev.retain.engine.alert.UsageAlert;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts acted on ({@code usage_alert}): one row per alert id, whoever raised it and however often it arrives. */
@Repository
public class UsageAlertStore {

    public static final String IN_PROCESS = "in_process";
    public static final String KAFKA = "kafka";

    private final JdbcClient jdbc;

    UsageAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the alert unless it is there already; true when it is new (the caller then acts on it). */
    public boolean insertIfNew(UsageAlert a, String source, Instant raisedAt) {
        return jdbc.sql("""
                        insert into usage_alert (alert_id, msisdn, month, threshold, kind, resource, threshold_percent, threshold_fen,
                            used_data_mb, used_voice_min, used_sms, allowance_data_mb, allowance_voice_min, allowance_sms,
                            estimated_overage_fen, plan_id, event_id, event_ts, source, raised_at)
                        values (:id, :msisdn, :month, :threshold, :kind, :resource, :percent, :fen, :data, :voice, :sms,
                            :allowData, :allowVoice, :allowSms, :overage, :plan, :event, :eventTs, :source, :raisedAt)
                        on conflict do nothing""")
                .param("id", a.alertId()).param("msisdn", a.msisdn()).param("month", a.month().toString())
                .param("threshold", thresholdOf(a)).param("kind", a.kind().code())
                .param("resource", a.resource() == null ? null : a.resource().code())
                .param("percent", a.resource() == null ? null : a.thresholdPercent())
                .param("fen", a.resource() == null ? a.thresholdFen() : null)
                .param("data", BigDecimal.valueOf(a.usage().dataMilliMb(), 3)).param("voice", a.usage().voiceMin())
                .param("sms", a.usage().sms()).param("allowData", a.allowance().dataMb())
                .param("allowVoice", a.allowance().voiceMin()).param("allowSms", a.allowance().sms())
                .param("overage", a.estimatedOverageFen()).param("plan", a.planId()).param("event", a.eventId())
                .param("eventTs", Timestamp.from(a.eventTs())).param("source", source)
                .param("raisedAt", Timestamp.from(raisedAt))
                .update() == 1;
    }

    public void actedOn(String alertId, Long messageId, String taskId) {
        jdbc.sql("update usage_alert set message_id = ?, task_id = ? where alert_id = ?").params(messageId, taskId, alertId).update();
    }

    /** {@code data-80}, {@code bill-shock}: the alert id's last part, the unique key beside the number and month. */
    public static String thresholdOf(UsageAlert a) {
        return a.alertId().substring(a.alertId().lastIndexOf('/') + 1);
    }
}
