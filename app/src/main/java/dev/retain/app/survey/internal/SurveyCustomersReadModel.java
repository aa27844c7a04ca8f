package dev.retain.app.survey.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers a sample draws from: subscriber (customer) with its tier (the imported one, else segment's newest),
 * less those with a survey sent or answered (own tables) since the window began. One query: each tier-and-branch
 * stratum is shuffled and its first ceil(size × share) taken, so every stratum is represented in its share.
 */
@Component
public class SurveyCustomersReadModel {

    private final JdbcClient jdbc;

    SurveyCustomersReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One drawn customer: number (canonical), tier, branch ('' when none). */
    public record Drawn(String msisdn, String tier, String branch) {
    }

    public List<Drawn> draw(String region, String branch, int sharePercent, java.time.Instant windowStart, int limit) {
        return jdbc.sql("""
                        with pool as (
                          select s.msisdn, coalesce(s.branch, '') as branch,
                                 coalesce(s.tier, (select g.tier from segment g where g.msisdn = s.msisdn order by g.month desc limit 1), 'none') as tier
                          from subscriber s
                          where (cast(? as text) is null or s.region = ?) and (cast(? as text) is null or s.branch = ?)
                            and not exists (select 1 from survey_send x where x.msisdn = s.msisdn and x.sent_at >= ?)
                            and not exists (select 1 from survey_response r where r.msisdn = s.msisdn and r.answered_at >= ?)),
                        ranked as (
                          select msisdn, tier, branch, row_number() over (partition by tier, branch order by random()) as n,
                                 count(*) over (partition by tier, branch) as size
                          from pool)
                        select msisdn, tier, branch from ranked where n <= ceil(size * ? / 100.0) order by tier, branch, n limit ?""")
                .params(region, region, branch, branch, java.sql.Timestamp.from(windowStart), java.sql.Timestamp.from(windowStart),
                        sharePercent, limit)
                .query((rs, i) -> new Drawn(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
