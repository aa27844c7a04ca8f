package dev.retain.app.campaign.campaigns;

import dev.retain.app.notify.Channel;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over campaign's tables campaign, campaign_offer, campaign_run, campaign_member and campaign_response. */
@Repository
class CampaignStore {

    /** A campaign with its members counted and its reservations summed in one pass over its members. */
    private static final String CAMPAIGN = """
            select c.id, c.name, c.target_rule, c.channel, c.template_code, c.body, c.holdout_share, c.budget, c.cost_per_member,
                   c.starts_on, c.ends_on, c.auto_run, c.created_at, c.created_by,
                   array(select o.offer_id from campaign_offer o where o.campaign_id = c.id order by o.offer_id) as offer_ids,
                   m.treated, m.holdout, m.reserved,
                   (select count(*) from campaign_run r where r.campaign_id = c.id) as runs
            from campaign c
            cross join lateral (select count(*) filter (where grp = 'treated') as treated, count(*) filter (where grp = 'holdout') as holdout,
                                       coalesce(sum(reserved), 0) as reserved
                                from campaign_member where campaign_id = c.id) m""";

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CampaignDraft d, Channel channel, BigDecimal costPerMember, Instant now, String by) {
        long id = jdbc.sql("""
                        insert into campaign (name, target_rule, channel, template_code, body, holdout_share, budget, cost_per_member,
                                              starts_on, ends_on, auto_run, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.name().strip(), d.targetRule().strip(), channel.code(), blankToNull(d.templateCode()), blankToNull(d.text()),
                        d.holdoutShare(), d.budget(), costPerMember, d.startsOn(), d.endsOn(), d.autoRun(), ts(now), by)
                .query(Long.class).single();
        for (Long offer : Set.copyOf(d.offerIds())) {
            jdbc.sql("insert into campaign_offer (campaign_id, offer_id) values (?, ?)").params(id, offer).update();
        }
        return id;
    }

    Optional<CampaignView> campaign(long id) {
        return jdbc.sql(CAMPAIGN + " where c.id = ?").param(id).query(CampaignStore::campaign).optional();
    }

    /** Whether campaign {@code id} exists: a cheap check where its counts are not needed. */
    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from campaign where id = ?)").param(id).query(Boolean.class).single();
    }

    /** The number a conversion reference of {@code source} was recorded for, if it was. */
    Optional<String> conversionOwner(long campaignId, String source, String reference) {
        return jdbc.sql("select msisdn from campaign_response where campaign_id = ? and kind = 'conversion' and source = ? and source_ref = ?")
                .params(campaignId, source, reference).query(String.class).optional();
    }

    /** The campaign's row locked: one run of a campaign at a time; empty when there is no such campaign. */
    Optional<Long> lock(long id) {
        return jdbc.sql("select id from campaign where id = ? for no key update").param(id).query(Long.class).optional();
    }

    List<CampaignView> campaigns() {
        return jdbc.sql(CAMPAIGN + " order by c.starts_on desc, c.id desc limit 500").query(CampaignStore::campaign).list();
    }

    /** Campaigns to run by the daily job on {@code day}: automatic, within their schedule, never run yet. */
    List<Long> dueAutomatically(LocalDate day) {
        return jdbc.sql("""
                        select c.id from campaign c where c.auto_run and c.starts_on <= ? and c.ends_on >= ?
                          and not exists (select 1 from campaign_run r where r.campaign_id = c.id) order by c.id""")
                .params(day, day).query(Long.class).list();
    }

    long insertRun(long campaignId, YearMonth factsMonth, Instant now, String by) {
        return jdbc.sql("""
                        insert into campaign_run (campaign_id, facts_month, started_at, started_by, matched, added, treated, over_budget)
                        values (?, ?, ?, ?, 0, 0, 0, 0) returning id""")
                .params(campaignId, factsMonth.toString(), ts(now), by).query(Long.class).single();
    }

    void finishRun(long runId, int matched, int added, int treated, int overBudget) {
        jdbc.sql("update campaign_run set matched = ?, added = ?, treated = ?, over_budget = ? where id = ?")
                .params(matched, added, treated, overBudget, runId).update();
    }

    List<CampaignRun> runs(long campaignId) {
        return jdbc.sql("select * from campaign_run where campaign_id = ? order by id desc limit 100").param(campaignId)
                .query((rs, i) -> new CampaignRun(rs.getLong("id"), YearMonth.parse(rs.getString("facts_month")), rs.getTimestamp("started_at").toInstant(),
                        rs.getString("started_by"), rs.getInt("matched"), rs.getInt("added"), rs.getInt("treated"), rs.getInt("over_budget")))
                .list();
    }

    /** The campaign's members' numbers (both groups): a run skips them, so nobody ever moves. */
    Set<String> memberNumbers(long campaignId) {
        return Set.copyOf(jdbc.sql("select msisdn from campaign_member where campaign_id = ?").param(campaignId).query(String.class).list());
    }

    /** Treated members with neither message nor task because the message did not render: a re-run contacts them again. */
    Set<String> notRendered(long campaignId) {
        return Set.copyOf(jdbc.sql("""
                        select msisdn from campaign_member where campaign_id = ? and grp = 'treated' and message_id is null
                          and task_id is null and contact_refused like ?""")
                .params(campaignId, CampaignContacts.NOT_RENDERED + "%").query(String.class).list());
    }

    /** Adds a member unless it is one already; true when added now. */
    boolean insertMember(long campaignId, String msisdn, String group, double draw, BigDecimal valueAtRisk, BigDecimal reserved, long runId,
                         Instant now) {
        return jdbc.sql("""
                        insert into campaign_member (campaign_id, msisdn, grp, draw, value_at_risk, reserved, run_id, added_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (campaign_id, msisdn) do nothing""")
                .params(campaignId, msisdn, group, draw, valueAtRisk, reserved, runId, ts(now)).update() == 1;
    }

    void contacted(long campaignId, String msisdn, Long messageId, String taskId, String refused) {
        jdbc.sql("update campaign_member set message_id = ?, task_id = ?, contact_refused = ? where campaign_id = ? and msisdn = ?")
                .params(messageId, taskId, refused, campaignId, msisdn).update();
    }

    /** A call task that was not opened after all: the member keeps no task and the reason instead. */
    void callNotOpened(String taskId, String refused) {
        jdbc.sql("update campaign_member set task_id = null, contact_refused = ? where task_id = ?").params(refused, taskId).update();
    }

    Optional<String> groupOf(long campaignId, String msisdn) {
        return jdbc.sql("select grp from campaign_member where campaign_id = ? and msisdn = ?").params(campaignId, msisdn)
                .query(String.class).optional();
    }

    /** What the holdout draw needs of a campaign: its period and holdout share. */
    record DrawTerms(LocalDate startsOn, LocalDate endsOn, double holdoutShare) {
    }

    Optional<DrawTerms> drawTerms(long campaignId) {
        return jdbc.sql("select starts_on, ends_on, holdout_share from campaign where id = ?").param(campaignId)
                .query((rs, i) -> new DrawTerms(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), rs.getDouble(3)))
                .optional();
    }

    List<CampaignMember> members(long campaignId, String group, int offset, int limit) {
        return jdbc.sql("""
                        select msisdn, grp, draw, value_at_risk, reserved, added_at, message_id, task_id, contact_refused from campaign_member
                        where campaign_id = ? and grp = ? order by value_at_risk desc, msisdn offset ? limit ?""")
                .params(campaignId, group, offset, limit)
                .query((rs, i) -> new CampaignMember(rs.getString("msisdn"), rs.getString("grp"), rs.getDouble("draw"), rs.getBigDecimal("value_at_risk"),
                        rs.getBigDecimal("reserved"), rs.getTimestamp("added_at").toInstant(), (Long) rs.getObject("message_id"),
                        rs.getString("task_id"), rs.getString("contact_refused")))
                .list();
    }

    /**
     * The campaigns that contacted {@code msisdn} as a treated member on {@code channel} and whose schedule (plus
     * {@code graceDays}) covers {@code day}, newest first: where a customer's reply belongs.
     */
    List<Long> treatedIn(String msisdn, Channel channel, LocalDate day, int graceDays) {
        return jdbc.sql("""
                        select c.id from campaign_member m join campaign c on c.id = m.campaign_id
                        where m.msisdn = ? and m.grp = 'treated' and m.message_id is not null and c.channel = ?
                          and c.starts_on <= ? and c.ends_on + ? >= ?
                        order by c.starts_on desc, c.id desc""")
                .params(msisdn, channel.code(), day, graceDays, day).query(Long.class).list();
    }

    /** Records a response or conversion once per (campaign, kind, source, reference); true when new. */
    boolean insertResponse(long campaignId, String msisdn, String kind, String source, String ref, Instant at, String by) {
        return jdbc.sql("""
                        insert into campaign_response (campaign_id, msisdn, kind, source, source_ref, at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (campaign_id, kind, source, source_ref) do nothing""")
                .params(campaignId, msisdn, kind, source, ref, ts(at), by).update() == 1;
    }

    // ---- rows

    private static CampaignView campaign(ResultSet rs, int i) throws SQLException {
        Array offers = rs.getArray("offer_ids");
        List<Long> offerIds = offers == null ? List.of() : Arrays.stream((Long[]) offers.getArray()).toList();
        return new CampaignView(rs.getLong("id"), rs.getString("name"), rs.getString("target_rule"), offerIds,
                Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)), rs.getString("template_code"), rs.getString("body"),
                rs.getBigDecimal("holdout_share"), rs.getBigDecimal("budget"), rs.getBigDecimal("cost_per_member"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getBoolean("auto_run"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getInt("treated"), rs.getInt("holdout"), rs.getBigDecimal("reserved"), rs.getInt("runs"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
