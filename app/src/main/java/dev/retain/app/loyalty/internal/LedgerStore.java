package dev.retain.app.loyalty.internal;

import dev.retain.app.loyalty.LotUse;
import dev.retain.app.loyalty.PointsLot;
import dev.retain.app.loyalty.RedeemedPoints;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's rows (points_account, points_request, points_lot, points_entry, points_reconciliation): SQL only, the
 * rules live in {@link Postings}. Every method that changes a subscriber's lots or balance expects the caller to hold
 * that subscriber's account row lock ({@link #lockAccount}) in the current transaction.
 */
@Component
public class LedgerStore {

    public record Account(String msisdn, long balance, Long importedPoints, LocalDate importedExpiry) {
    }

    public record Request(long id, String clientKey, String msisdn, String kind, long points, Long reverses, long balanceAfter,
                          Instant at) {
    }

    /** An entry as a receipt shows it, with its kind. */
    public record Entry(long lotId, LocalDate expiresOn, String kind, long points) {

        LotUse use() {
            return new LotUse(lotId, expiresOn, points);
        }
    }

    private static final String REQUEST = "id, client_key, msisdn, kind, points, reverses, balance_after, at";

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- accounts ---------------------------------------------------------------------------------

    public boolean accountExists(String msisdn) {
        return jdbc.sql("select exists (select 1 from points_account where msisdn = ?)").param(msisdn).query(Boolean.class).single();
    }

    /** Opens an empty account unless there is one; true when this call opened it (the caller then holds its row lock). */
    public boolean insertAccount(String msisdn, Long importedPoints, LocalDate importedExpiry, Instant now) {
        return jdbc.sql("""
                        insert into points_account (msisdn, balance, imported_points, imported_expiry, imported_at, opened_at)
                        values (?, 0, ?, ?, ?, ?) on conflict (msisdn) do nothing""")
                .params(msisdn, importedPoints, importedExpiry, importedPoints == null ? null : ts(now), ts(now)).update() == 1;
    }

    /** The account, locked until the transaction ends: every change of the subscriber's points takes this lock first. */
    public Optional<Account> lockAccount(String msisdn) {
        return jdbc.sql("select msisdn, balance, imported_points, imported_expiry from points_account where msisdn = ? for update")
                .param(msisdn)
                .query((rs, i) -> new Account(rs.getString(1), rs.getLong(2), (Long) rs.getObject(3),
                        rs.getObject(4, LocalDate.class)))
                .optional();
    }

    public void changeBalance(String msisdn, long delta) {
        if (delta == 0) return;
        jdbc.sql("update points_account set balance = balance + ? where msisdn = ?").params(delta, msisdn).update();
    }

    /** What BOSS's export said, as the ledger has now taken it in. */
    public void takenIn(String msisdn, long points, LocalDate expiry, Instant now) {
        jdbc.sql("update points_account set imported_points = ?, imported_expiry = ?, imported_at = ? where msisdn = ?")
                .params(points, expiry, ts(now), msisdn).update();
    }

    // ---- requests ---------------------------------------------------------------------------------

    public Optional<Request> request(String clientKey) {
        return jdbc.sql("select " + REQUEST + " from points_request where client_key = ?").param(clientKey)
                .query(LedgerStore::request).optional();
    }

    /**
     * The redemptions under {@code clientKeys}: how many the ledger has, the points their {@code redeem} entries spent
     * (positive) and how many of them have been reversed.
     */
    public RedeemedPoints redeemed(Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) return new RedeemedPoints(0, 0, 0);
        return jdbc.sql("""
                        select count(*), coalesce(sum(spent), 0), count(*) filter (where reversed)
                        from (select (select coalesce(-sum(e.points), 0) from points_entry e where e.request_id = r.id and e.kind = 'redeem') as spent,
                                     exists (select 1 from points_request v where v.reverses = r.id) as reversed
                              from points_request r
                              where r.kind = 'redeem' and r.client_key = any (?::text[])) redeemed""")
                .param(clientKeys.toArray(String[]::new))
                .query((rs, i) -> new RedeemedPoints(rs.getInt(1), rs.getLong(2), rs.getInt(3))).single();
    }

    /** The reversal of the request {@code id}, if it has one. */
    public Optional<Request> reversalOf(long id) {
        return jdbc.sql("select " + REQUEST + " from points_request where reverses = ?").param(id).query(LedgerStore::request).optional();
    }

    /** Records the request unless its key is known; empty when it was (a parallel caller's row, committed, is then readable). */
    public Optional<Long> insertRequest(String clientKey, String msisdn, String kind, long points, String reference, Long reverses,
                                        Instant at) {
        return jdbc.sql("""
                        insert into points_request (client_key, msisdn, kind, points, reference, reverses, at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (client_key) do nothing returning id""")
                .params(clientKey, msisdn, kind, points, reference, reverses, ts(at))
                .query(Long.class).optional();
    }

    public void balanceAfter(long requestId, long balance) {
        jdbc.sql("update points_request set balance_after = ? where id = ?").params(balance, requestId).update();
    }

    /** The request's entries with their lots' expiry, in the order they were written. */
    public List<Entry> entriesOf(long requestId) {
        return jdbc.sql("""
                        select e.lot_id, l.expires_on, e.kind, e.points from points_entry e join points_lot l on l.id = e.lot_id
                        where e.request_id = ? order by e.id""")
                .param(requestId)
                .query((rs, i) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getLong(4)))
                .list();
    }

    // ---- lots and entries -------------------------------------------------------------------------

    /** Lots with points left usable on {@code today} (expiry day not passed), in spending order: soonest expiry, then id. */
    public List<PointsLot> usableLots(String msisdn, LocalDate today) {
        return jdbc.sql("""
                        select id, source, opened_on, expires_on, points, remaining from points_lot
                        where msisdn = ? and remaining > 0 and expires_on >= ? order by expires_on, id""")
                .params(msisdn, today)
                .query((rs, i) -> new PointsLot(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    public long openLot(String msisdn, String source, LocalDate openedOn, LocalDate expiresOn, long points, long requestId) {
        return jdbc.sql("""
                        insert into points_lot (msisdn, source, opened_on, expires_on, points, remaining, request_id)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(msisdn, source, openedOn, expiresOn, points, points, requestId)
                .query(Long.class).single();
    }

    public void changeLot(long lotId, long delta) {
        jdbc.sql("update points_lot set remaining = remaining + ? where id = ?").params(delta, lotId).update();
    }

    public void entry(String msisdn, long lotId, Long requestId, String kind, long points, Instant at) {
        jdbc.sql("insert into points_entry (msisdn, lot_id, request_id, kind, points, at) values (?, ?, ?, ?, ?, ?)")
                .params(msisdn, lotId, requestId, kind, points, ts(at)).update();
    }

    // ---- expiry -----------------------------------------------------------------------------------

    /** Subscribers with a lot whose expiry day is before {@code today} and that still has points, at most {@code limit}. */
    public List<String> withLotsDue(LocalDate today, int limit) {
        return jdbc.sql("select distinct msisdn from points_lot where remaining > 0 and expires_on < ? order by msisdn limit ?")
                .params(today, limit).query(String.class).list();
    }

    /** Locks the accounts in one order (the numbers'), so two expiry runs never wait on each other in a circle. */
    public void lockAccounts(List<String> msisdns) {
        jdbc.sql("select msisdn from points_account where msisdn = any(?) order by msisdn for update")
                .param(msisdns.toArray(String[]::new)).query(String.class).list();
    }

    /**
     * Expires the remaining points of these subscribers' lots whose expiry day is before {@code today}: an
     * {@code expire} entry per lot, its remaining to zero, the account's balance down by as much. The caller holds
     * the accounts' locks, so no other change of these lots runs meanwhile. Returns the lots expired.
     */
    public int expireLots(List<String> msisdns, LocalDate today, Instant at) {
        return jdbc.sql("""
                        with due as (
                            select id, msisdn, remaining from points_lot
                            where msisdn = any(?) and remaining > 0 and expires_on < ?
                        ), emptied as (
                            update points_lot l set remaining = 0 from due where l.id = due.id
                        ), expired as (
                            insert into points_entry (msisdn, lot_id, request_id, kind, points, at)
                            select due.msisdn, due.id, null, 'expire', -due.remaining, ? from due
                        ), accounts as (
                            update points_account a set balance = a.balance - t.points
                            from (select msisdn, sum(remaining) as points from due group by msisdn) t where a.msisdn = t.msisdn
                        )
                        select count(*) from due""")
                .params(msisdns.toArray(String[]::new), today, ts(at))
                .query(Integer.class).single();
    }

    // ---- reconciliation ---------------------------------------------------------------------------

    public void reconciliation(long importId, String msisdn, long ledgerBefore, long imported, long difference, LocalDate pointsExpiry,
                               Instant at) {
        jdbc.sql("""
                        insert into points_reconciliation (import_id, msisdn, ledger_before, imported, difference, points_expiry, at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (import_id, msisdn) do nothing""")
                .params(importId, msisdn, ledgerBefore, imported, difference, pointsExpiry, ts(at)).update();
    }

    private static Request request(ResultSet rs, int row) throws SQLException {
        return new Request(rs.getLong("id"), rs.getString("client_key"), rs.getString("msisdn"), rs.getString("kind"), rs.getLong("points"),
                (Long) rs.getObject("reverses"), rs.getLong("balance_after"), rs.getObject("at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime ts(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
