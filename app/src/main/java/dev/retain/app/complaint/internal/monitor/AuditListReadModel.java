package dev.retain.app.complaint.internal.monitor;

import dev.retain.app.core.BusinessTime;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit lists page: complaint_audit_list / _entry and complaint (own) ⨝ subscriber (customer) for the customer's key and region. */
@Component
public class AuditListReadModel {

    public record ListRow(long id, String period, LocalDate startsOn, LocalDate endsOn, LocalDateTime generatedAt, String generatedBy,
                          long entries) {
        /** The last day the list covers (ends_on is exclusive). */
        public LocalDate lastDay() {
            return endsOn.minusDays(1);
        }
    }

    /** One listed complaint; the number is masked here. */
    public record EntryRow(String kind, long complaintId, String maskedMsisdn, String customerKey, String region, String branch,
                           String category, String state, LocalDateTime receivedAt, LocalDateTime closedAt, String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditListReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ListRow> lists(int limit) {
        return jdbc.sql(LISTS + " order by l.starts_on desc, l.period limit ?").param(limit).query(this::listRow).list();
    }

    public Optional<ListRow> list(long id) {
        return jdbc.sql(LISTS + " where l.id = ?").param(id).query(this::listRow).optional();
    }

    private static final String LISTS = """
            select l.id, l.period, l.starts_on, l.ends_on, l.generated_at, l.generated_by,
                   (select count(*) from complaint_audit_entry e where e.list_id = l.id) as entries
            from complaint_audit_list l""";

    private ListRow listRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ListRow(rs.getLong("id"), rs.getString("period"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), BusinessTime.local(rs.getTimestamp("generated_at"), clock),
                rs.getString("generated_by"), rs.getLong("entries"));
    }

    public List<EntryRow> entries(long listId) {
        return jdbc.sql("""
                select e.kind, e.complaint_id, c.msisdn, s.customer_key::text as customer_key, coalesce(c.region, s.region) as region,
                       coalesce(c.branch, s.branch) as branch, c.category, c.state, c.received_at, c.closed_at, e.detail
                from complaint_audit_entry e join complaint c on c.id = e.complaint_id
                left join subscriber s on s.msisdn = c.msisdn
                where e.list_id = ? order by e.kind, e.complaint_id""").param(listId)
                .query((rs, i) -> new EntryRow(rs.getString("kind"), rs.getLong("complaint_id"), Msisdn.mask(rs.getString("msisdn")),
                        rs.getString("customer_key"), rs.getString("region"), rs.getString("branch"), rs.getString("category"),
                        rs.getString("state"), BusinessTime.local(rs.getTimestamp("received_at"), clock),
                        BusinessTime.local(rs.getTimestamp("closed_at"), clock), rs.getString("detail")))
                .list();
    }
}
