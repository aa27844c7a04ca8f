package dev.retain.app.complaint.internal.intake;

import dev.retain.app.complaint.ComplaintView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaint table and its history: the only class that writes them. */
@Repository
public class ComplaintStore {

    /** The columns of a {@link ComplaintView} and their mapper, for this module's other queries. */
    public static class Columns {
        public static final String COLUMNS = ComplaintStore.COLUMNS;

        public static ComplaintView view(ResultSet rs, int n) throws SQLException {
            return ComplaintStore.view(rs, n);
        }
    }

    static final String COLUMNS = """
            id, external_id, msisdn, channel, source_class, category, description, region, branch, state, priority,
            repeat_count, area_case_id, work_order_id, received_at, closed_at, satisfaction, scenario, customer_type""";

    private final JdbcClient jdbc;

    public ComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row to insert; region and branch from the subscriber (null when unknown). */
    public record Row(String externalId, String msisdn, Instant receivedAt, String channel, String sourceClass, String category,
                      String description, String region, String branch, int repeatCount, Long areaCaseId, String createdBy) {
    }

    /** Inserts unless the external id is on file; empty when it is (the caller reads the first). */
    public Optional<Long> insert(Row r) {
        return jdbc.sql("""
                        insert into complaint (external_id, msisdn, received_at, channel, source_class, category, description,
                                               region, branch, repeat_count, area_case_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (external_id) do nothing returning id""")
                .params(r.externalId(), r.msisdn(), Timestamp.from(r.receivedAt()), r.channel(), r.sourceClass(), r.category(),
                        r.description(), r.region(), r.branch(), r.repeatCount(), r.areaCaseId(), r.createdBy())
                .query(Long.class).optional();
    }

    public Optional<ComplaintView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from complaint where id = ?").param(id).query(ComplaintStore::view).optional();
    }

    /** Locks the row: state changes of one complaint take turns. */
    public Optional<ComplaintView> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from complaint where id = ? for update").param(id).query(ComplaintStore::view).optional();
    }

    public Optional<ComplaintView> findByExternalId(String externalId) {
        return jdbc.sql("select " + COLUMNS + " from complaint where external_id = ?").param(externalId)
                .query(ComplaintStore::view).optional();
    }

    public Optional<ComplaintView> findByWorkOrder(long workOrderId) {
        return jdbc.sql("select " + COLUMNS + " from complaint where work_order_id = ? for update").param(workOrderId)
                .query(ComplaintStore::view).optional();
    }

    public List<ComplaintView> ofCustomer(String msisdn) {
        return jdbc.sql("select " + COLUMNS + " from complaint where msisdn = ? order by received_at desc, id desc").param(msisdn)
                .query(ComplaintStore::view).list();
    }

    /** When the customer's earlier complaints of this category arrived, from {@code since} on. */
    public List<Instant> receivedTimes(String msisdn, String category, Instant since, Instant before) {
        return jdbc.sql("""
                        select received_at from complaint where msisdn = ? and category = ? and received_at >= ? and received_at < ?""")
                .params(msisdn, category, Timestamp.from(since), Timestamp.from(before))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    public void history(long id, String by, String fromState, String toState, String note) {
        jdbc.sql("insert into complaint_history (complaint_id, by_user, from_state, to_state, note) values (?, ?, ?, ?, ?)")
                .params(id, by, fromState, toState, note).update();
    }

    public record HistoryEntry(Instant at, String by, String fromState, String toState, String note) {
    }

    public List<HistoryEntry> historyOf(long id) {
        return jdbc.sql("select at, by_user, from_state, to_state, note from complaint_history where complaint_id = ? order by id")
                .param(id).query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    public void setState(long id, String state) {
        jdbc.sql("update complaint set state = ? where id = ?").params(state, id).update();
    }

    public void setFilter(long id, double score, String contributionsJson, String proposed) {
        jdbc.sql("update complaint set filter_score = ?, filter_contributions = ?::jsonb, proposed_priority = ? where id = ?")
                .params(score, contributionsJson, proposed, id).update();
    }

    public void confirmFilter(long id, String priority, String overrideReason, String by, Instant at) {
        jdbc.sql("""
                        update complaint set priority = ?, priority_override = ?, filtered_by = ?, filtered_at = ?, state = 'filtered'
                        where id = ?""")
                .params(priority, overrideReason, by, Timestamp.from(at), id).update();
    }

    public void setWorkOrder(long id, long workOrderId) {
        jdbc.sql("update complaint set work_order_id = ?, state = 'handling' where id = ?").params(workOrderId, id).update();
    }

    public void setScenario(long id, String scenario, String customerType) {
        jdbc.sql("update complaint set scenario = ?, customer_type = ? where id = ?").params(scenario, customerType, id).update();
    }

    public void setPriority(long id, String priority) {
        jdbc.sql("update complaint set priority = ? where id = ?").params(priority, id).update();
    }

    public void close(long id, Instant closedAt, Integer satisfaction) {
        jdbc.sql("update complaint set state = 'closed', closed_at = ?, satisfaction = ? where id = ?")
                .params(Timestamp.from(closedAt), satisfaction, id).update();
    }

    public void joinAreaCase(long caseId, List<Long> complaintIds) {
        if (complaintIds.isEmpty()) return;
        jdbc.sql("update complaint set area_case_id = ? where id = any(?) and area_case_id is null")
                .params(caseId, complaintIds.toArray(Long[]::new)).update();
    }

    static ComplaintView view(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new ComplaintView(rs.getLong("id"), rs.getString("external_id"), rs.getString("msisdn"), rs.getString("channel"),
                rs.getString("source_class"), rs.getString("category"), rs.getString("description"), rs.getString("region"),
                rs.getString("branch"), rs.getString("state"), rs.getString("priority"), rs.getInt("repeat_count"),
                (Long) rs.getObject("area_case_id", Long.class), (Long) rs.getObject("work_order_id", Long.class),
                rs.getTimestamp("received_at").toInstant(), closed == null ? null : closed.toInstant(),
                (Integer) rs.getObject("satisfaction", Integer.class), rs.getString("scenario"), rs.getString("customer_type"));
    }
}
