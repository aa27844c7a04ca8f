package dev.retain.app.retention.internal;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.retention.internal.CustomerHistory.ContactEntry;
import dev.retain.app.retention.internal.CustomerHistory.NoteEntry;
import dev.retain.app.retention.internal.CustomerHistory.SegmentMonth;
import dev.retain.app.retention.internal.CustomerHistory.UsageMonth;
import dev.retain.app.core.BusinessTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 360 view's reads. Like {@link TaskReadModel} it joins the other modules' tables
 * directly (read-only): each part is one indexed lookup by MSISDN, so the page costs a
 * handful of index probes whatever the size of the province.
 */
@Component
public class CustomerReadModel {

    static final int TREND_MONTHS = 12;
    private static final int HISTORY_LIMIT = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RetentionSettings settings;

    CustomerReadModel(JdbcClient jdbc, Clock clock, RetentionSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * "Soon" runs from today in the business time zone (not the database's current_date) for the admin's number of days.
     * Points come from the loyalty ledger once it keeps the subscriber's account: the usable balance (lots not expired),
     * the soonest expiry date of a lot with points left, and "soon" when that date falls in the window; before that,
     * from BOSS's imported columns.
     */
    public Optional<CustomerProfile> profile(String msisdn) {
        LocalDate today = LocalDate.now(clock);
        RetentionSettings.Soon soon = settings.soon();
        return jdbc.sql("""
                        select s.msisdn, s.customer_key::text as customer_key, s.msisdn_received, s.name, s.gender, s.birth_date, s.lunar_birthday, s.region, s.branch, s.brand,
                               coalesce(g.tier, s.tier, 'none') as tier, s.group_id, cg.name as group_name, s.join_date,
                               s.plan_id, p.name as plan_name, p.monthly_fee, s.min_commit, s.contract_end,
                               s.contract_end between :today and :contractSoon as contract_soon,
                               -- points: the ledger's (loyalty) usable balance and its soonest expiry once it has an account
                               -- for the subscriber, else BOSS's imported columns
                               case when pa.msisdn is null then s.points else coalesce(lots.usable, 0)::bigint end as points,
                               case when pa.msisdn is null then s.points_expiry else lots.soonest end as points_expiry,
                               case when pa.msisdn is null then s.points > 0 and s.points_expiry between :today and :pointsSoon
                                    else coalesce(lots.soonest <= :pointsSoon, false) end as points_soon,
                               s.marketing_consent, s.dnd, s.email, s.preferred_channel, a.manager_id, m.name as manager_name, m.role as manager_role,
                               exists (select 1 from customer_note n where n.msisdn = s.msisdn) as has_note
                        from subscriber s
                        left join plan p on p.plan_id = s.plan_id
                        left join customer_group cg on cg.group_id = s.group_id
                        left join assignment a on a.msisdn = s.msisdn
                        left join manager m on m.manager_id = a.manager_id
                        left join lateral (select tier from segment x where x.msisdn = s.msisdn order by x.month desc limit 1) g on true
                        left join points_account pa on pa.msisdn = s.msisdn
                        left join lateral (select sum(l.remaining) as usable, min(l.expires_on) as soonest from points_lot l
                                           where l.msisdn = s.msisdn and l.remaining > 0 and l.expires_on >= :today) lots on true
                        where s.msisdn = :msisdn""")
                .param("msisdn", msisdn).param("today", today)
                .param("contractSoon", today.plusDays(soon.contractEndingDays())).param("pointsSoon", today.plusDays(soon.pointsExpiringDays()))
                .query((rs, i) -> new CustomerProfile(rs.getString("msisdn"), rs.getString("customer_key"), rs.getString("name"), rs.getString("gender"),
                        rs.getObject("birth_date", LocalDate.class), rs.getBoolean("lunar_birthday"), rs.getString("region"),
                        rs.getString("branch"), rs.getString("brand"), rs.getString("tier"), rs.getString("group_id"),
                        rs.getString("group_name"), rs.getObject("join_date", LocalDate.class), rs.getString("plan_id"),
                        rs.getString("plan_name"), rs.getBigDecimal("monthly_fee"), rs.getBigDecimal("min_commit"),
                        rs.getObject("contract_end", LocalDate.class), rs.getBoolean("contract_soon"), rs.getLong("points"),
                        rs.getObject("points_expiry", LocalDate.class), rs.getBoolean("points_soon"),
                        rs.getBoolean("marketing_consent"), rs.getBoolean("dnd"), rs.getString("manager_id"),
                        rs.getString("manager_name"), rs.getString("manager_role"), rs.getBoolean("has_note"),
                        rs.getString("msisdn_received"), rs.getString("email"), rs.getString("preferred_channel")))
                .optional();
    }

    /** Tier and zone per cycle month, newest first. */
    public List<SegmentMonth> segments(String msisdn) {
        return jdbc.sql("""
                        select month, tier, zone, rule, bill_m1, mou_m1, bill_m2, mou_m2, state_m1, churn_score, value_at_risk,
                          churn_reasons, rfm_r, rfm_f, rfm_m, rfm, value_grade, clv
                        from segment where msisdn = ? order by month desc limit 24""")
                .param(msisdn)
                .query((rs, i) -> new SegmentMonth(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), (Long) rs.getObject(6), rs.getBigDecimal(7), (Long) rs.getObject(8),
                        rs.getString(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getString(12),
                        rs.getObject(13, Integer.class), rs.getObject(14, Integer.class), rs.getObject(15, Integer.class),
                        rs.getString(16), rs.getString(17), rs.getBigDecimal(18)))
                .list();
    }

    /** The last twelve months of usage, oldest first (the order of a chart's axis). */
    public List<UsageMonth> usageTrend(String msisdn) {
        List<UsageMonth> newestFirst = jdbc.sql("""
                        select month, bill, mou_out, data_mb, state from usage_monthly
                        where msisdn = ? order by month desc limit ?""")
                .params(msisdn, TREND_MONTHS)
                .query((rs, i) -> new UsageMonth(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getString(5)))
                .list();
        List<UsageMonth> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The unified contact history (SPEC R8.1), newest first. */
    public List<ContactEntry> contacts(String msisdn) {
        return jdbc.sql("""
                        select id, at, channel, outcome, decline_reason, offer, notes, follow_up_date, username, task_id
                        from contact where msisdn = ? order by at desc, id desc limit ?""")
                .params(msisdn, HISTORY_LIMIT)
                .query((rs, i) -> new ContactEntry(rs.getLong(1), BusinessTime.local(rs.getTimestamp(2), clock), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10)))
                .list();
    }

    public List<NoteEntry> notes(String msisdn) {
        return jdbc.sql("""
                        select id, tags, note, author, created_at from customer_note
                        where msisdn = ? order by created_at desc, id desc limit ?""")
                .params(msisdn, HISTORY_LIMIT)
                .query((rs, i) -> new NoteEntry(rs.getLong(1), tags(rs.getString(2)), rs.getString(3), rs.getString(4),
                        BusinessTime.local(rs.getTimestamp(5), clock)))
                .list();
    }

    private static List<String> tags(String csv) {
        if (csv == null || csv.isBlank()) return List.of();
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
