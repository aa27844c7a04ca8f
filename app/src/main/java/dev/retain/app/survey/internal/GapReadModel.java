package dev.retain.app.survey.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The gap analysis's answers with who gave them, in one grouped query: survey's own responses and answers, and the
 * customer's tier and branch (customer's {@code subscriber}: the imported tier, else segment's newest, as the
 * sampling reads it). Answers of a template on a 5-point scale are put on the 7-point scale (1 stays 1, 5 becomes 7)
 * so that every response can be averaged together.
 */
@Component
public class GapReadModel {

    private final JdbcClient jdbc;

    GapReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One group and dimension: {@code kind} "all", "tier" or "branch"; {@code n} answers, which is also the group's
     * responses (a response answers each dimension once); the means rounded to two decimals, the gap the mean of
     * (perception − expectation), which is the difference of the unrounded means. Averaged in double precision (the
     * answers are small whole numbers) and rounded once, as numeric.
     */
    public record Row(String kind, String tier, String region, String branch, String dimension, long n,
                      BigDecimal expectation, BigDecimal perception, BigDecimal gap) {
    }

    public List<Row> rows(Instant from, Instant until) {
        return jdbc.sql("""
                        with answered as (
                          select r.msisdn, a.dimension,
                                 1 + (a.expectation - 1) * 6.0::float8 / (t.scale_max - 1) as e,
                                 1 + (a.perception - 1) * 6.0::float8 / (t.scale_max - 1) as p
                          from survey_response r
                          join survey_answer a on a.response_id = r.id
                          join survey_template t on t.code = r.template_code
                          where r.answered_at >= :from and r.answered_at < :until),
                        who as (
                          select s.msisdn, s.region, coalesce(s.branch, '') as branch,
                                 coalesce(s.tier, (select g.tier from segment g where g.msisdn = s.msisdn order by g.month desc limit 1), 'none') as tier
                          from subscriber s
                          where s.msisdn in (select r.msisdn from survey_response r where r.answered_at >= :from and r.answered_at < :until)),
                        joined as (
                          select x.dimension, x.e, x.p, coalesce(w.tier, 'none') as tier, coalesce(w.region, '') as region,
                                 coalesce(w.branch, '') as branch
                          from answered x left join who w on w.msisdn = x.msisdn)
                        select case when grouping(tier) = 0 then 'tier' when grouping(branch) = 0 then 'branch' else 'all' end,
                               coalesce(tier, ''), coalesce(region, ''), coalesce(branch, ''), dimension, count(*),
                               round(avg(e)::numeric, 2), round(avg(p)::numeric, 2), round(avg(p - e)::numeric, 2)
                        from joined
                        group by grouping sets ((dimension), (dimension, tier), (dimension, region, branch))
                        order by 1, 2, 3, 4, 5""")
                .param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9)))
                .list();
    }
}
