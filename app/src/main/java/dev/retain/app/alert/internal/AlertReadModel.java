package dev.retain.app.alert.internal;

import java.math.BigDecimal;
import dev.retain.app.core.BusinessTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alerts screen: {@code usage_alert} (own) with the customer's key and number as received
 * ({@code subscriber}, customer), the message's state ({@code outbox_message}, notify), the task's
 * status ({@code task}, retention), and for a manager only their customers ({@code assignment}).
 */
@Component
public class AlertReadModel {

    private final JdbcClient jdbc;
    private final Clock clock;

    AlertReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One alert as the screen shows it; the number is the full one as received, for the page to mask. */
    public record AlertRow(String alertId, String msisdnReceived, String customerKey, String month, String kind, String resource,
                           Integer thresholdPercent, Long thresholdFen, BigDecimal usedDataMb, long usedVoiceMin, long usedSms,
                           long estimatedOverageFen, String source, LocalDateTime raisedAt, Long messageId, String messageState,
                           String taskId, String taskStatus) {

        public String overageCny() {
            return BigDecimal.valueOf(estimatedOverageFen, 2).toPlainString();
        }

        public String thresholdCny() {
            return thresholdFen == null ? null : BigDecimal.valueOf(thresholdFen, 2).toPlainString();
        }
    }

    /** The newest alerts; {@code managerId} non-null limits them to that manager's customers. */
    public List<AlertRow> newest(String managerId, int limit) {
        return jdbc.sql("""
                        select a.alert_id, coalesce(s.msisdn_received, a.msisdn), s.customer_key::text, a.month, a.kind, a.resource,
                               a.threshold_percent, a.threshold_fen, a.used_data_mb, a.used_voice_min, a.used_sms,
                               a.estimated_overage_fen, a.source, a.raised_at, a.message_id, m.state, a.task_id, t.status
                        from usage_alert a
                        left join subscriber s on s.msisdn = a.msisdn
                        left join outbox_message m on m.id = a.message_id
                        left join task t on t.task_id = a.task_id
                        where cast(:manager as text) is null
                           or exists (select 1 from assignment x where x.msisdn = a.msisdn and x.manager_id = :manager)
                        order by a.raised_at desc, a.alert_id
                        limit :limit""")
                .param("manager", managerId).param("limit", limit)
                .query((rs, i) -> new AlertRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), (Integer) rs.getObject(7), (Long) rs.getObject(8), rs.getBigDecimal(9), rs.getLong(10),
                        rs.getLong(11), rs.getLong(12), rs.getString(13), BusinessTime.local(rs.getTimestamp(14), clock), (Long) rs.getObject(15),
                        rs.getString(16), rs.getString(17), rs.getString(18)))
                .list();
    }
}
