package dev.retain.app.survey;

import dev.retain.app.customer.CustomerKeys;
import dev.retain.app.security.PersonalData;
import dev.retain.app.survey.internal.SurveySettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the survey page shows: sends and responses counted, the six dimensions' mean expectation and perception and
 * their gap (perception − expectation: negative where the service falls short), NPS (promoters 9–10 minus detractors
 * 0–6, in % of responses), the share who know their manager, and the newest sends and responses, numbers masked.
 */
@Service
public class SurveyResults {

    public record Totals(long sent, long sentAfterComplaint, long answeredLinks, long responses, long byPhone) {
        public BigDecimal responseRatePercent() {
            return sent == 0 ? null : BigDecimal.valueOf(answeredLinks * 100.0 / sent).setScale(1, RoundingMode.HALF_UP);
        }
    }

    /** One dimension's means over every response (null when none). */
    public record DimensionMeans(Dimension dimension, BigDecimal expectation, BigDecimal perception) {
        public BigDecimal gap() {
            return expectation == null ? null : perception.subtract(expectation);
        }
    }

    public record Scores(BigDecimal nps, BigDecimal knowsManagerPercent, BigDecimal carriedSatisfaction) {
    }

    public record SendRow(long id, String customerKey, String maskedMsisdn, String trigger, Instant sentAt, Instant expiresAt,
                          Instant answeredAt, Integer carriedSatisfaction) {
    }

    public record ResponseRow(long id, String customerKey, String maskedMsisdn, String channel, Instant answeredAt, String recordedBy,
                              int nps, boolean knowsManager) {
    }

    private final JdbcClient jdbc;
    private final CustomerKeys keys;
    private final SurveySettings settings;

    SurveyResults(JdbcClient jdbc, CustomerKeys keys, SurveySettings settings) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.settings = settings;
    }

    /** The window within which nobody is asked twice, in days ({@code retain.survey.window-days}). */
    public int windowDays() {
        return settings.windowDays();
    }

    public Totals totals() {
        return jdbc.sql("""
                        select (select count(*) from survey_send), (select count(*) from survey_send where trigger = 'complaint'),
                               (select count(*) from survey_send where answered_at is not null), (select count(*) from survey_response),
                               (select count(*) from survey_response where channel = 'phone')""")
                .query((rs, i) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).single();
    }

    public List<DimensionMeans> means() {
        Map<String, BigDecimal[]> rows = new java.util.HashMap<>();
        jdbc.sql("select dimension, round(avg(expectation), 2), round(avg(perception), 2) from survey_answer group by dimension")
                .query(rs -> {
                    rows.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                });
        return Dimension.ALL.stream().map(d -> {
            BigDecimal[] r = rows.get(d.code());
            return new DimensionMeans(d, r == null ? null : r[0], r == null ? null : r[1]);
        }).toList();
    }

    public Scores scores() {
        return jdbc.sql("""
                        select round(100.0 * (count(*) filter (where nps >= 9) - count(*) filter (where nps <= 6)) / nullif(count(*), 0), 1),
                               round(100.0 * count(*) filter (where knows_manager) / nullif(count(*), 0), 1),
                               round(avg(carried_satisfaction), 2)
                        from survey_response""")
                .query((rs, i) -> new Scores(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3))).single();
    }

    public List<SendRow> newestSends(int limit) {
        var rows = jdbc.sql("""
                        select id, msisdn, trigger, sent_at, expires_at, answered_at, carried_satisfaction from survey_send
                        order by sent_at desc, id desc limit ?""").param(limit)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getObject(7, Integer.class)})
                .list();
        Map<String, String> keyOf = keys.keysOf(rows.stream().map(r -> (String) r[1]).toList());
        return rows.stream().map(r -> new SendRow((Long) r[0], keyOf.get((String) r[1]), PersonalData.maskMsisdn((String) r[1]), (String) r[2],
                (Instant) r[3], (Instant) r[4], (Instant) r[5], (Integer) r[6])).toList();
    }

    public List<ResponseRow> newestResponses(int limit) {
        var rows = jdbc.sql("""
                        select id, msisdn, channel, answered_at, recorded_by, nps, knows_manager from survey_response
                        order by answered_at desc, id desc limit ?""").param(limit)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5), rs.getInt(6), rs.getBoolean(7)})
                .list();
        Map<String, String> keyOf = keys.keysOf(rows.stream().map(r -> (String) r[1]).toList());
        return rows.stream().map(r -> new ResponseRow((Long) r[0], keyOf.get((String) r[1]), PersonalData.maskMsisdn((String) r[1]),
                (String) r[2], (Instant) r[3], (String) r[4], (Integer) r[5], (Boolean) r[6])).toList();
    }
}
