package dev.retain.app.care.internal;

import dev.retain.engine.care.CareFacts;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Tier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The subscribers as the care calendar sees them, read from other modules' tables (customer's
 * {@code subscriber}, {@code usage_monthly}, {@code plan}, {@code manager}; segment's tier;
 * retention's contacts; loyalty's {@code points_account} and {@code points_lot}): the engine's
 * {@link CareFacts} for every subscriber in one pass, and what a message needs (name, plan, points)
 * for the few a day's moments name.
 *
 * <p>Points: once the loyalty ledger keeps a subscriber's account, the points-expiry moment is its
 * soonest lot expiry on or after the day with points left, and the points are those of the lots
 * expiring that day (the message says "{points} of your points expire on {date}"); a later lot's
 * date becomes the moment once the sooner one has passed (the care run prepares every date up to its
 * lead, so a date already inside the window is still prepared). Before the ledger has an account,
 * BOSS's imported {@code points} and {@code points_expiry}, as before.
 */
@Component
public class CareCustomersReadModel {

    /**
     * What the templates' variables come from, for one customer, with the manager they are assigned to now
     * (assignment ⨝ manager; null when unassigned): read per chunk, not per moment.
     */
    public record CareCustomer(String msisdn, String customerKey, String name, String gender, String region, String planName,
                               long points, LocalDate pointsExpiry, LocalDate contractEnd, String managerId, String managerName) {
    }

    /** Rows the every-subscriber query fetches at a time: a cursor, so a million rows never sit in memory at once. */
    private static final int FETCH = 10_000;

    /** A subscriber's soonest lot expiry on or after :day with points left, and the points of the lots expiring then. */
    private static final String SOONEST_LOTS = """
            select distinct on (msisdn) msisdn, expires_on, sum(remaining) as points from points_lot
            where remaining > 0 and expires_on >= :day
            group by msisdn, expires_on order by msisdn, expires_on""";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final org.springframework.transaction.support.TransactionTemplate readOnly;
    private final java.time.Clock clock;

    CareCustomersReadModel(JdbcClient jdbc, javax.sql.DataSource dataSource,
                           org.springframework.transaction.PlatformTransactionManager transactions, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        org.springframework.jdbc.core.JdbcTemplate cursor = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        cursor.setFetchSize(FETCH);
        this.streaming = JdbcClient.create(cursor);
        // PostgreSQL's driver uses a cursor (honours the fetch size) only inside a transaction
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Every subscriber's care facts: the tier of the latest cycle month (else the export's, else none),
     * the account state of the latest closed month before {@code day} and of the month before it, the
     * day of the last contact in {@code zone} (docs/contact-frequency.md). Streamed: a million rows never sit in a list.
     */
    public void forEachSubscriber(LocalDate day, ZoneId zone, BiConsumer<String, CareFacts> sink) {
        String lastClosed = YearMonth.from(day).minusMonths(1).toString();
        String stateMonth = jdbc.sql("select max(month) from usage_monthly where month <= ?").param(lastClosed)
                .query(String.class).optional().orElse(null);
        String before = stateMonth == null ? null : YearMonth.parse(stateMonth).minusMonths(1).toString();
        YearMonth month = stateMonth == null ? null : YearMonth.parse(stateMonth);
        readOnly.executeWithoutResult(tx -> streaming.sql("""
                        with seg as (select msisdn, tier from segment where month = (select max(month) from segment)),
                             -- a contact as docs/contact-frequency.md defines it (the supervisor's view counts the same):
                             -- a logged contact that reached the customer, or a marketing or care message sent or delivered
                             last_contact as (
                               select msisdn, max(at) as at from (
                                 select msisdn, at from contact where outcome <> 'unreachable'
                                 union all
                                 select msisdn, sent_at from outbox_message
                                 where msisdn is not null and message_class = 'marketing' and state in ('sent', 'delivered')) touches
                               group by msisdn),
                             soonest as (""" + SOONEST_LOTS + """
                        )
                        select s.msisdn, coalesce(seg.tier, s.tier, 'none') as tier, s.birth_date, s.lunar_birthday, s.region,
                               case when pa.msisdn is null then s.points else coalesce(lot.points, 0)::bigint end as points,
                               case when pa.msisdn is null then s.points_expiry else lot.expires_on end as points_expiry,
                               s.contract_end, s.join_date,
                               (lc.at at time zone :zone)::date as last_contact, u.state, p.state as previous_state
                        from subscriber s
                        left join seg on seg.msisdn = s.msisdn
                        left join last_contact lc on lc.msisdn = s.msisdn
                        left join usage_monthly u on u.msisdn = s.msisdn and u.month = :month
                        left join usage_monthly p on p.msisdn = s.msisdn and p.month = :before
                        left join points_account pa on pa.msisdn = s.msisdn
                        left join soonest lot on lot.msisdn = s.msisdn""")
                .param("zone", zone.getId()).param("month", stateMonth).param("before", before).param("day", day)
                .query(rs -> {
                    sink.accept(rs.getString("msisdn"), facts(rs, month));
                }));
    }

    private static CareFacts facts(ResultSet rs, YearMonth month) throws SQLException {
        String state = rs.getString("state");
        String previous = rs.getString("previous_state");
        return new CareFacts(Tier.parse(rs.getString("tier")), rs.getObject("birth_date", LocalDate.class),
                rs.getBoolean("lunar_birthday"), rs.getString("region"), rs.getLong("points"),
                rs.getObject("points_expiry", LocalDate.class), rs.getObject("contract_end", LocalDate.class),
                rs.getObject("join_date", LocalDate.class), rs.getObject("last_contact", LocalDate.class),
                state == null ? null : month, state == null ? null : AccountState.parse(state),
                previous == null ? null : AccountState.parse(previous));
    }

    /** The customers with these numbers (as stored), by number; points as {@link #forEachSubscriber} reads them, from today. */
    public Map<String, CareCustomer> customers(Collection<String> msisdns) {
        Map<String, CareCustomer> found = new HashMap<>();
        if (msisdns.isEmpty()) return found;
        jdbc.sql("""
                        select s.msisdn, s.customer_key, s.name, s.gender, s.region, pl.name as plan_name,
                               case when pa.msisdn is null then s.points else coalesce(lot.points, 0)::bigint end as points,
                               case when pa.msisdn is null then s.points_expiry else lot.expires_on end as points_expiry,
                               s.contract_end, a.manager_id, mg.name as manager_name
                        from subscriber s left join plan pl on pl.plan_id = s.plan_id
                        left join assignment a on a.msisdn = s.msisdn
                        left join manager mg on mg.manager_id = a.manager_id
                        left join points_account pa on pa.msisdn = s.msisdn
                        left join lateral (select l.expires_on, sum(l.remaining) as points from points_lot l
                                           where l.msisdn = s.msisdn and l.remaining > 0 and l.expires_on >= :day
                                           group by l.expires_on order by l.expires_on limit 1) lot on true
                        where s.msisdn = any(:numbers)""")
                .param("numbers", msisdns.toArray(String[]::new)).param("day", java.time.LocalDate.now(clock))
                .query(rs -> {
                    found.put(rs.getString("msisdn"), new CareCustomer(rs.getString("msisdn"), rs.getString("customer_key"),
                            rs.getString("name"), rs.getString("gender"), rs.getString("region"), rs.getString("plan_name"),
                            rs.getLong("points"), rs.getObject("points_expiry", LocalDate.class),
                            rs.getObject("contract_end", LocalDate.class), rs.getString("manager_id"), rs.getString("manager_name")));
                });
        return found;
    }

    /** One manager on the supervisor's picker. */
    public record ManagerChoice(String managerId, String name, String role) {
    }

    public List<ManagerChoice> managers() {
        return jdbc.sql("select manager_id, name, role from manager where active order by manager_id")
                .query((rs, i) -> new ManagerChoice(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The regions customers live in, for the region events' picker. */
    public List<String> regions() {
        return jdbc.sql("select distinct region from subscriber order by region").query(String.class).list();
    }
}
