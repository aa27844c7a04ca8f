package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.AssessmentScheme;
import dev.retain.app.merchant.MerchantAssessment;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.retain.app.core.locks.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assessment tables: the scheme (merchant_assessment_item, merchant_grade_threshold and the append-only
 * merchant_assessment_scheme_change), the append-only assessments with their scores, and the counter activity the
 * redemptions item counts (merchant_redemption).
 */
@Component
public class AssessmentStore {

    /** A new assessment's row; its version is the quarter's next. */
    public record NewAssessment(long merchantId, String period, BigDecimal total, String grade, String thresholdsJson, String note,
                                Instant at, String by) {
    }

    private static final String SELECT = """
            select a.id, a.merchant_id, m.code, m.name, a.period, a.version,
                   a.version = max(a.version) over (partition by a.merchant_id, a.period) as current,
                   a.total, a.grade, a.note, a.assessed_at, a.assessed_by
            from merchant_assessment a join merchant m on m.id = a.merchant_id""";

    private final JdbcClient jdbc;
    private final TransactionLocks locks;

    AssessmentStore(JdbcClient jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    public AssessmentScheme scheme() {
        List<AssessmentScheme.Item> items = jdbc.sql("select code, weight, parameter from merchant_assessment_item order by position")
                .query((rs, i) -> new AssessmentScheme.Item(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3))).list();
        List<AssessmentScheme.Threshold> thresholds = jdbc.sql("select grade, min_total from merchant_grade_threshold order by grade")
                .query((rs, i) -> new AssessmentScheme.Threshold(rs.getString(1), rs.getBigDecimal(2))).list();
        return new AssessmentScheme(items, thresholds);
    }

    /** Serialises changes of the scheme and the assessments that read it. */
    public void lockScheme() {
        locks.hold("merchant-assessment-scheme");
    }

    public void setItem(String code, int weight, Integer parameter, Instant at, String by) {
        jdbc.sql("update merchant_assessment_item set weight = ?, parameter = ?, updated_at = ?, updated_by = ? where code = ?")
                .params(weight, parameter, Timestamp.from(at), by, code).update();
    }

    public void setThreshold(String grade, BigDecimal minTotal, Instant at, String by) {
        jdbc.sql("update merchant_grade_threshold set min_total = ?, updated_at = ?, updated_by = ? where grade = ?")
                .params(minTotal, Timestamp.from(at), by, grade).update();
    }

    /** Appends the scheme as it now stands to its history. */
    public void appendSchemeChange(String what, Instant at, String by) {
        jdbc.sql("""
                        insert into merchant_assessment_scheme_change (at, by_user, what, scheme)
                        select ?, ?, ?, jsonb_build_object(
                            'items', (select jsonb_agg(jsonb_build_object('code', code, 'weight', weight, 'parameter', parameter) order by position)
                                      from merchant_assessment_item),
                            'thresholds', (select jsonb_object_agg(grade, min_total) from merchant_grade_threshold))""")
                .params(Timestamp.from(at), by, what).update();
    }

    /** The thresholds in force as JSON ({"A": 90.00, …}), stored with each assessment. */
    public String thresholdsJson() {
        return jdbc.sql("select jsonb_object_agg(grade, min_total)::text from merchant_grade_threshold").query(String.class).single();
    }

    public long insert(NewAssessment a) {
        return jdbc.sql("""
                        insert into merchant_assessment (merchant_id, period, version, total, grade, thresholds, note, assessed_at, assessed_by)
                        values (?, ?, (select coalesce(max(version), 0) + 1 from merchant_assessment where merchant_id = ? and period = ?),
                                ?, ?, ?::jsonb, ?, ?, ?)
                        returning id""")
                .params(a.merchantId(), a.period(), a.merchantId(), a.period(), a.total(), a.grade(), a.thresholdsJson(), a.note(),
                        Timestamp.from(a.at()), a.by())
                .query(Long.class).single();
    }

    public void insertScore(long assessmentId, MerchantAssessment.Score s) {
        jdbc.sql("insert into merchant_assessment_score (assessment_id, item, weight, score, source, basis) values (?, ?, ?, ?, ?, ?)")
                .params(assessmentId, s.item(), s.weight(), s.score(), s.source(), s.basis()).update();
    }

    public Optional<MerchantAssessment> find(long id) {
        return withScores(jdbc.sql("select * from (" + SELECT + " where a.merchant_id = (select merchant_id from merchant_assessment where id = ?)) x where id = ?")
                .params(id, id).query(AssessmentStore::row).list()).stream().findFirst();
    }

    /** The grade in force of the merchant's quarter (its newest version), if assessed. */
    public Optional<String> gradeOf(long merchantId, String period) {
        return jdbc.sql("select grade from merchant_assessment where merchant_id = ? and period = ? order by version desc limit 1")
                .params(merchantId, period).query(String.class).optional();
    }

    /** Every assessment of the merchant, newest quarter first, newest version first; {@code currentOnly}: one a quarter. */
    public List<MerchantAssessment> ofMerchant(long merchantId, boolean currentOnly) {
        List<MerchantAssessment> all = withScores(jdbc.sql("select * from (" + SELECT + " where a.merchant_id = ?) x"
                        + (currentOnly ? " where current" : "") + " order by period desc, version desc")
                .param(merchantId).query(AssessmentStore::row).list());
        return all;
    }

    /** Each live merchant's assessment in force of its latest assessed quarter, by merchant code. */
    public List<MerchantAssessment> latest() {
        return withScores(jdbc.sql("""
                        select distinct on (a.merchant_id) a.id, a.merchant_id, m.code, m.name, a.period, a.version, true as current,
                               a.total, a.grade, a.note, a.assessed_at, a.assessed_by
                        from merchant_assessment a join merchant m on m.id = a.merchant_id
                        where m.deleted_at is null
                        order by a.merchant_id, a.period desc, a.version desc""")
                .query(AssessmentStore::row).list()).stream()
                .sorted(java.util.Comparator.comparing(MerchantAssessment::merchantCode)).toList();
    }

    /** The merchant's counter activity in [from, to): redemptions, experiences and consumptions not refunded. */
    public int redemptionsIn(long merchantId, Instant from, Instant to) {
        return jdbc.sql("select count(*) from merchant_redemption where merchant_id = ? and at >= ? and at < ? and reversed_at is null")
                .params(merchantId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single();
    }

    private List<MerchantAssessment> withScores(List<MerchantAssessment> rows) {
        if (rows.isEmpty()) return rows;
        Map<Long, List<MerchantAssessment.Score>> scores = new LinkedHashMap<>();
        List<Long> ids = rows.stream().map(MerchantAssessment::id).toList();
        jdbc.sql("""
                        select s.assessment_id, s.item, s.weight, s.score, s.source, s.basis from merchant_assessment_score s
                        join merchant_assessment_item i on i.code = s.item
                        where s.assessment_id in (:ids) order by s.assessment_id, i.position""")
                .param("ids", ids)
                .query((rs, i) -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MerchantAssessment.Score(rs.getString(2), rs.getInt(3),
                            rs.getBigDecimal(4), rs.getString(5), rs.getString(6)));
                    return 1;
                }).list();
        return rows.stream().map(a -> new MerchantAssessment(a.id(), a.merchantId(), a.merchantCode(), a.merchantName(), a.period(),
                a.version(), a.current(), a.total(), a.grade(), a.note(), a.assessedAt(), a.assessedBy(),
                List.copyOf(scores.getOrDefault(a.id(), List.of())))).toList();
    }

    private static MerchantAssessment row(ResultSet rs, int i) throws SQLException {
        return new MerchantAssessment(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("period"), rs.getInt("version"), rs.getBoolean("current"), rs.getBigDecimal("total"), rs.getString("grade"),
                rs.getString("note"), rs.getTimestamp("assessed_at").toInstant(), rs.getString("assessed_by"), List.of());
    }
}
