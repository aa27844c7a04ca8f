package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.CustomerMessage;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.MessageState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox as screens and the API read it: the outbox's own tables with the customer's key
 * (customer's subscriber) and, for a manager, only customers assigned to them (assignment's
 * assignment). Times come back in the business zone of the Clock.
 */
@Repository
public class OutboxReadModel {

    /** The outbox page's filters; blank or null = any. {@code reason} matches from the start (festival matches festival:mid_autumn). */
    public record Filter(String state, String channel, String reason, LocalDate from, LocalDate to, String msisdn) {
    }

    /** One message in a list. {@code msisdn} is the canonical number (the caller masks it), null for staff. */
    public record Row(long id, String customerKey, String msisdn, String username, Channel channel, MessageClass messageClass,
                      String reason, MessageState state, String stateReason, int attempts, LocalDateTime nextAttemptAt,
                      Long mergedInto, Integer segments, boolean secret, LocalDateTime queuedAt, LocalDateTime updatedAt) {
    }

    /** One message in full: {@code body} and {@code subject} are null for a secret message. */
    public record Detail(Row row, String templateCode, String subject, String body, String queuedBy, String gatewayMessageId,
                         String managerId) {
    }

    public record HistoryEntry(MessageState state, String reason, int attempt, LocalDateTime until, LocalDateTime at) {
    }

    /** An opt-out as the list shows it; {@code customerKey} is null for a number that is no subscriber. */
    public record OptOutRow(long id, String customerKey, String msisdn, OptOutScope scope, String reason, String source,
                            String createdBy, LocalDateTime createdAt) {
    }

    private static final String ROW = """
            m.id, s.customer_key::text, m.msisdn, m.username, m.channel, m.message_class, m.reason, m.state, m.state_reason,
            m.attempts, m.next_attempt_at, m.merged_into, m.segments, m.secret, m.queued_at, m.updated_at""";
    private static final String MANAGER_SCOPE = """
            (not :scoped or exists (select 1 from assignment a where a.msisdn = m.msisdn and a.manager_id = :manager))""";

    /** Whose customers a list shows: the province, or one manager's (a manager login without an id: nobody's). */
    public record CustomerScope(boolean scoped, String managerId) {

        public static CustomerScope province() {
            return new CustomerScope(false, null);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first, of the customers in {@code scope}. */
    public List<Row> page(Filter f, CustomerScope scope, int offset, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("select " + ROW + """
                         from outbox_message m left join subscriber s on s.msisdn = m.msisdn
                        where (:state = '' or m.state = :state) and (:channel = '' or m.channel = :channel)
                          and (:reason = '' or starts_with(m.reason, :reason))
                          and (cast(:from as timestamptz) is null or m.queued_at >= :from)
                          and (cast(:to as timestamptz) is null or m.queued_at < :to)
                          and (:msisdn = '' or m.msisdn = :msisdn)
                          and """ + MANAGER_SCOPE + """
                         order by m.queued_at desc, m.id desc offset :offset limit :limit""")
                .param("state", blank(f.state())).param("channel", blank(f.channel())).param("reason", blank(f.reason()))
                .param("from", f.from() == null ? null : Timestamp.from(f.from().atStartOfDay(zone).toInstant()))
                .param("to", f.to() == null ? null : Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .param("msisdn", blank(f.msisdn())).param("scoped", scope.scoped()).param("manager", scope.managerId())
                .param("offset", offset).param("limit", limit)
                .query((rs, i) -> row(rs, zone)).list();
    }

    public Optional<Detail> detail(long id) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("select " + ROW + """
                        , m.template_code, m.subject, m.body, m.queued_by, m.gateway_message_id, a.manager_id
                         from outbox_message m left join subscriber s on s.msisdn = m.msisdn
                          left join assignment a on a.msisdn = m.msisdn
                         where m.id = ?""")
                .param(id)
                .query((rs, i) -> {
                    Row row = row(rs, zone);
                    return new Detail(row, rs.getString(17), row.secret() ? null : rs.getString(18), row.secret() ? null : rs.getString(19),
                            rs.getString(20), rs.getString(21), rs.getString(22));
                }).optional();
    }

    public List<HistoryEntry> history(long id) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("select state, reason, attempt, until, at from outbox_history where message_id = ? order by id")
                .param(id)
                .query((rs, i) -> new HistoryEntry(MessageState.ofCode(rs.getString(1)), rs.getString(2), rs.getInt(3),
                        local(rs.getTimestamp(4), zone), local(rs.getTimestamp(5), zone)))
                .list();
    }

    /** A customer's newest messages (the 360 view): the body only when it is not secret. */
    public List<CustomerMessage> ofCustomer(String msisdn, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                        select id, channel, message_class, reason, state, state_reason, next_attempt_at, merged_into, secret, body,
                          queued_at, updated_at
                        from outbox_message where msisdn = ? order by queued_at desc, id desc limit ?""")
                .params(msisdn, limit)
                .query((rs, i) -> {
                    boolean secret = rs.getBoolean(9);
                    long merged = rs.getLong(8);
                    Long mergedInto = rs.wasNull() ? null : merged;
                    return new CustomerMessage(rs.getLong(1), OutboxStore.channel(rs.getString(2)), OutboxStore.messageClass(rs.getString(3)),
                            rs.getString(4), MessageState.ofCode(rs.getString(5)), rs.getString(6), local(rs.getTimestamp(7), zone),
                            mergedInto, secret, secret ? null : rs.getString(10), local(rs.getTimestamp(11), zone),
                            local(rs.getTimestamp(12), zone));
                }).list();
    }

    /** Opt-outs of the customers in {@code scope}, newest first; {@code msisdn} (canonical) narrows to one number. */
    public List<OptOutRow> optOuts(String msisdn, CustomerScope scope, int offset, int limit) {
        ZoneId zone = clock.getZone();
        return jdbc.sql("""
                        select m.id, s.customer_key::text, m.msisdn, m.scope, m.reason, m.source, m.created_by, m.created_at
                        from opt_out m left join subscriber s on s.msisdn = m.msisdn
                        where (:msisdn = '' or m.msisdn = :msisdn) and """ + MANAGER_SCOPE + """
                         order by m.created_at desc, m.id desc offset :offset limit :limit""")
                .param("msisdn", blank(msisdn)).param("scoped", scope.scoped()).param("manager", scope.managerId()).param("offset", offset).param("limit", limit)
                .query((rs, i) -> new OptOutRow(rs.getLong(1), rs.getString(2), rs.getString(3), OptOutScope.ofCode(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), local(rs.getTimestamp(8), zone)))
                .list();
    }

    private static Row row(ResultSet rs, ZoneId zone) throws SQLException {
        long merged = rs.getLong(12);
        Long mergedInto = rs.wasNull() ? null : merged;
        int segments = rs.getInt(13);
        Integer segs = rs.wasNull() ? null : segments;
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), OutboxStore.channel(rs.getString(5)),
                OutboxStore.messageClass(rs.getString(6)), rs.getString(7), MessageState.ofCode(rs.getString(8)), rs.getString(9),
                rs.getInt(10), local(rs.getTimestamp(11), zone), mergedInto, segs, rs.getBoolean(14), local(rs.getTimestamp(15), zone),
                local(rs.getTimestamp(16), zone));
    }

    private static LocalDateTime local(Timestamp t, ZoneId zone) {
        return t == null ? null : LocalDateTime.ofInstant(t.toInstant(), zone);
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }
}
