package dev.retain.app.loyalty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * BOSS's points as the imports left them: {@code subscriber.points} and {@code points_expiry} (customer's table), read
 * beside the ledger's own accounts. The one statement here that writes ({@link #openAccounts}) writes only the
 * ledger's tables; it is here because it reads {@code subscriber} in the same statement, the set-based way to open a
 * province's accounts (one insert … select for 100k+ subscribers, not a round trip each).
 */
@Component
public class SubscriberPointsReadModel {

    /** One subscriber's imported points. */
    public record Imported(String msisdn, long points, LocalDate pointsExpiry) {

        /**
         * The points BOSS says are usable on {@code today}: none once its expiry date has passed (an expiry date is
         * the last usable day), all of them when it gave no date.
         */
        public long usableOn(LocalDate today) {
            return pointsExpiry != null && pointsExpiry.isBefore(today) ? 0 : Math.max(0, points);
        }
    }

    private final JdbcClient jdbc;

    SubscriberPointsReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Imported> of(String msisdn) {
        return jdbc.sql("select msisdn, points, points_expiry from subscriber where msisdn = ?").param(msisdn)
                .query((rs, i) -> new Imported(rs.getString(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                .optional();
    }

    /**
     * Opens an account, in one statement, for every subscriber the ledger has no account for whose imported points
     * are usable on {@code today}: the account (with BOSS's figures as taken in), a grant request under
     * {@code keyPrefix + msisdn}, an {@code opening} lot expiring on BOSS's points_expiry (or {@code noExpiry} when BOSS
     * gave none) and its grant entry. A subscriber whose account a parallel caller opens meanwhile is left to it
     * (on conflict do nothing). Returns the accounts opened.
     */
    public int openAccounts(String keyPrefix, String reference, LocalDate today, LocalDate noExpiry, Instant now) {
        return jdbc.sql("""
                        with fresh as (
                            select s.msisdn, s.points, s.points_expiry, coalesce(s.points_expiry, :noExpiry) as expires_on
                            from subscriber s
                            where s.points > 0 and (s.points_expiry is null or s.points_expiry >= :today)
                              and not exists (select 1 from points_account a where a.msisdn = s.msisdn)
                        ), opened as (
                            insert into points_account (msisdn, balance, imported_points, imported_expiry, imported_at, opened_at)
                            select msisdn, points, points, points_expiry, :now, :now from fresh
                            on conflict (msisdn) do nothing
                            returning msisdn, balance
                        ), requested as (
                            insert into points_request (client_key, msisdn, kind, points, reference, balance_after, at)
                            select :keyPrefix || o.msisdn, o.msisdn, 'grant', o.balance, :reference, o.balance, :now from opened o
                            on conflict (client_key) do nothing
                            returning id, msisdn, points
                        ), lots as (
                            insert into points_lot (msisdn, source, opened_on, expires_on, points, remaining, request_id)
                            select r.msisdn, 'opening', :today, f.expires_on, r.points, r.points, r.id
                            from requested r join fresh f on f.msisdn = r.msisdn
                            returning id, msisdn, points, request_id
                        )
                        insert into points_entry (msisdn, lot_id, request_id, kind, points, at)
                        select msisdn, id, request_id, 'grant', points, :now from lots""")
                .param("noExpiry", noExpiry).param("today", today).param("now", LedgerStore.ts(now))
                .param("keyPrefix", keyPrefix).param("reference", reference)
                .update();
    }

    /**
     * Subscribers with an account whose imported points or expiry changed since the ledger last took them in,
     * after {@code after} in number order, at most {@code limit}: the ones a reconciliation looks at one by one.
     */
    public List<String> changedSinceTakenIn(String after, int limit) {
        return jdbc.sql("""
                        select a.msisdn from points_account a join subscriber s on s.msisdn = a.msisdn
                        where a.msisdn > ? and (s.points, s.points_expiry) is distinct from (a.imported_points, a.imported_expiry)
                        order by a.msisdn limit ?""")
                .params(after, limit).query(String.class).list();
    }
}
