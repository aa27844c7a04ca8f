package dev.retain.app.campaign.campaigns;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads other modules' tables for a campaign's results: segment's {@code segment} (whether a member was retained in the
 * measure month, and their bill), notify's {@code outbox_message} (the campaign's messages by state, by their reason
 * {@code campaign:<id>}) and retention's {@code contact} (the outcomes of the campaign's call tasks, by the members' task ids),
 * each joined with campaign's own {@code campaign_member} and {@code campaign_response}.
 */
@Component
class CampaignOutcomeReadModel {

    /** Retained in the measure month: a segment row there, neither white nor left (cancelled, no usage): SPEC R2.2. */
    private static final String RETAINED = "(s.msisdn is not null and s.zone <> 'white' and s.rule <> 'none_left')";

    /** One group's members, those retained in the measure month, and the retained revenue's sum and sum of squares. */
    record GroupOutcome(long members, long retained, double revenue, double revenueSquares) {
    }

    /** One group's members who responded and who converted (each counted once, whatever the sources). */
    record GroupResponses(long responded, long converted) {
    }

    private final JdbcClient jdbc;

    CampaignOutcomeReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the cycle of {@code month} has landed (the measure window is closed then). */
    boolean cycled(YearMonth month) {
        return jdbc.sql("select exists (select 1 from segment where month = ?)").param(month.toString()).query(Boolean.class).single();
    }

    /** Per group ({@code treated}, {@code holdout}): retention and revenue (the bill of the measure month) of the members. */
    Map<String, GroupOutcome> outcomes(long campaignId, YearMonth measureMonth) {
        Map<String, GroupOutcome> byGroup = new LinkedHashMap<>();
        jdbc.sql("select m.grp, count(*) as members, count(*) filter (where " + RETAINED + ") as retained,"
                        + " coalesce(sum(case when " + RETAINED + " then coalesce(s.bill_m1, 0) else 0 end), 0) as revenue,"
                        + " coalesce(sum(case when " + RETAINED + " then coalesce(s.bill_m1, 0) ^ 2 else 0 end), 0) as revenue_sq"
                        + " from campaign_member m left join segment s on s.month = ? and s.msisdn = m.msisdn"
                        + " where m.campaign_id = ? group by m.grp")
                .params(measureMonth.toString(), campaignId)
                .query(rs -> {
                    byGroup.put(rs.getString("grp"), new GroupOutcome(rs.getLong("members"), rs.getLong("retained"), rs.getDouble("revenue"),
                            rs.getDouble("revenue_sq")));
                });
        return byGroup;
    }

    /**
     * Per group: responses and conversions recorded, and the outcomes of the campaign's call tasks — found through the
     * members' own task ids (indexed on contact), not by a pattern over every task's id.
     */
    Map<String, GroupResponses> responses(long campaignId) {
        Map<String, GroupResponses> byGroup = new LinkedHashMap<>();
        jdbc.sql("""
                        with answered as (
                            select msisdn, kind from campaign_response where campaign_id = :id
                            union all
                            select c.msisdn, 'response' from campaign_member cm join contact c on c.task_id = cm.task_id
                            where cm.campaign_id = :id and cm.task_id is not null and c.outcome in ('reached', 'refused', 'accepted_offer')
                            union all
                            select c.msisdn, 'conversion' from campaign_member cm join contact c on c.task_id = cm.task_id
                            where cm.campaign_id = :id and cm.task_id is not null and c.outcome = 'accepted_offer')
                        select m.grp, count(distinct a.msisdn) filter (where a.kind = 'response') as responded,
                               count(distinct a.msisdn) filter (where a.kind = 'conversion') as converted
                        from campaign_member m join answered a on a.msisdn = m.msisdn
                        where m.campaign_id = :id group by m.grp""")
                .param("id", campaignId)
                .query(rs -> {
                    byGroup.put(rs.getString("grp"), new GroupResponses(rs.getLong("responded"), rs.getLong("converted")));
                });
        return byGroup;
    }

    /** The messages the campaign's runs queued, by state ({@code queued}, {@code sent}, {@code delivered}, {@code suppressed}, …). */
    Map<String, Long> messages(long campaignId) {
        Map<String, Long> byState = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.state, count(*) as n from campaign_member m join outbox_message o on o.id = m.message_id
                        where m.campaign_id = ? group by o.state order by o.state""")
                .param(campaignId)
                .query(rs -> {
                    byState.put(rs.getString("state"), rs.getLong("n"));
                });
        return byState;
    }
}
