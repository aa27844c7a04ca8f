package dev.retain.app.complaint.internal.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** complaint_area_case: network alarms' area-wide cases, and which complaints fall into one. */
@Repository
public class AreaCaseStore {

    private final JdbcClient jdbc;

    public AreaCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AreaCase(long id, String externalId, String region, String branch, String area, String category, Instant startsAt,
                           Instant endsAt, String description, String openedBy, Instant openedAt, int complaints) {
    }

    public record NewAreaCase(String externalId, String region, String branch, String area, String category, Instant startsAt,
                              Instant endsAt, String description, String openedBy) {
    }

    private static final String SELECT = """
            select c.id, c.external_id, c.region, c.branch, c.area, c.category, c.starts_at, c.ends_at, c.description, c.opened_by,
                   c.opened_at, (select count(*) from complaint m where m.area_case_id = c.id) as complaints
            from complaint_area_case c""";

    public Optional<Long> insert(NewAreaCase n) {
        return jdbc.sql("""
                        insert into complaint_area_case (external_id, region, branch, area, category, starts_at, ends_at, description, opened_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (external_id) do nothing returning id""")
                .params(n.externalId(), n.region(), n.branch(), n.area(), n.category(), Timestamp.from(n.startsAt()),
                        n.endsAt() == null ? null : Timestamp.from(n.endsAt()), n.description() == null ? "" : n.description(), n.openedBy())
                .query(Long.class).optional();
    }

    public Optional<AreaCase> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(AreaCaseStore::row).optional();
    }

    public Optional<AreaCase> findByExternalId(String externalId) {
        return jdbc.sql(SELECT + " where c.external_id = ?").param(externalId).query(AreaCaseStore::row).optional();
    }

    public List<AreaCase> recent(int limit) {
        return jdbc.sql(SELECT + " order by c.starts_at desc, c.id desc limit ?").param(limit).query(AreaCaseStore::row).list();
    }

    /** The newest case whose area, category and window take a complaint of this place, category and time. */
    public Optional<Long> caseFor(String region, String branch, String category, Instant receivedAt) {
        if (region == null) return Optional.empty();
        return jdbc.sql("""
                        select id from complaint_area_case
                        where region = ? and (branch is null or branch = ?) and category = ?
                          and starts_at <= ? and (ends_at is null or ends_at >= ?)
                        order by starts_at desc, id desc limit 1""")
                .params(region, branch, category, Timestamp.from(receivedAt), Timestamp.from(receivedAt)).query(Long.class).optional();
    }

    /** The complaints not yet closed and in no case that the new case collects. */
    public List<Long> openComplaintsFor(AreaCase c) {
        return jdbc.sql("""
                        select id from complaint
                        where region = ? and (?::text is null or branch = ?) and category = ? and state <> 'closed' and area_case_id is null
                          and received_at >= ? and (?::timestamptz is null or received_at <= ?)""")
                .params(c.region(), c.branch(), c.branch(), c.category(), Timestamp.from(c.startsAt()),
                        c.endsAt() == null ? null : Timestamp.from(c.endsAt()), c.endsAt() == null ? null : Timestamp.from(c.endsAt()))
                .query(Long.class).list();
    }

    private static AreaCase row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp ends = rs.getTimestamp("ends_at");
        return new AreaCase(rs.getLong("id"), rs.getString("external_id"), rs.getString("region"), rs.getString("branch"),
                rs.getString("area"), rs.getString("category"), rs.getTimestamp("starts_at").toInstant(),
                ends == null ? null : ends.toInstant(), rs.getString("description"), rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(), rs.getInt("complaints"));
    }
}
