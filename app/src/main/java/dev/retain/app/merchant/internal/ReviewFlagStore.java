package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.ReviewFlag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant_review_flag table: merchants graded D twice in a row, waiting for (or after) an offline review. */
@Component
public class ReviewFlagStore {

    private static final String SELECT = """
            select f.id, f.merchant_id, m.code, m.name, m.state = 'online' and m.deleted_at is null as online, f.period, f.assessment_id,
                   f.raised_at, f.reviewed_at, f.reviewed_by, f.outcome, f.note
            from merchant_review_flag f join merchant m on m.id = f.merchant_id""";

    private final JdbcClient jdbc;

    ReviewFlagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the flag unless this merchant has one open, or one for this quarter already (reviewed or not). */
    public boolean raise(long merchantId, String period, long assessmentId, Instant at) {
        return jdbc.sql("""
                        insert into merchant_review_flag (merchant_id, period, assessment_id, raised_at) values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(merchantId, period, assessmentId, Timestamp.from(at)).update() == 1;
    }

    public List<ReviewFlag> open() {
        return jdbc.sql(SELECT + " where f.reviewed_at is null order by f.raised_at, f.id").query(ReviewFlagStore::row).list();
    }

    public List<ReviewFlag> ofMerchant(long merchantId) {
        return jdbc.sql(SELECT + " where f.merchant_id = ? order by f.raised_at desc, f.id desc").param(merchantId).query(ReviewFlagStore::row)
                .list();
    }

    public Optional<ReviewFlag> lock(long id) {
        return jdbc.sql(SELECT + " where f.id = ? for update of f").param(id).query(ReviewFlagStore::row).optional();
    }

    public void review(long id, String outcome, String note, Instant at, String by) {
        jdbc.sql("update merchant_review_flag set reviewed_at = ?, reviewed_by = ?, outcome = ?, note = ? where id = ?")
                .params(Timestamp.from(at), by, outcome, note, id).update();
    }

    private static ReviewFlag row(ResultSet rs, int i) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new ReviewFlag(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("code"), rs.getString("name"), rs.getBoolean("online"),
                rs.getString("period"), rs.getLong("assessment_id"), rs.getTimestamp("raised_at").toInstant(),
                reviewed == null ? null : reviewed.toInstant(), rs.getString("reviewed_by"), rs.getString("outcome"), rs.getString("note"));
    }
}
