package dev.retain.app.campaign.event;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import dev.retain.app.core.locks.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over vip_event, vip_ticket_pool and vip_event_claim (campaign's tables). */
@Repository
class VipEventStore {

    private static final String EVENT = """
            select e.id, e.title, e.kind, e.venue, e.starts_at, e.claims_from, e.claims_until, e.keyword, e.per_customer_limit, e.state,
                   e.version,
                   coalesce((select sum(p.tickets) from vip_ticket_pool p where p.event_id = e.id), 0) as tickets,
                   coalesce((select sum(p.taken) from vip_ticket_pool p where p.event_id = e.id), 0) as taken,
                   (select count(*) from vip_event_claim c where c.event_id = e.id and c.state = 'waiting') as waiting
            from vip_event e""";
    private static final String POOL = "select id, event_id, kind, tickets, taken, tiers, group_id from vip_ticket_pool";
    private static final String CLAIM = """
            select id, event_id, pool_id, msisdn, channel, source_ref, state, created_at, created_by, waiting_since, claimed_at,
                   cancelled_at, cancelled_by from vip_event_claim""";

    private final JdbcClient jdbc;
    private final TransactionLocks locks;

    VipEventStore(JdbcClient jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    // ---- locks

    /** One claim at a time per customer and event (the per-customer limit), held to the end of the transaction. */
    void lockCustomer(long eventId, String msisdn) {
        locks.hold("vip-event-claim:" + eventId + ":" + msisdn);
    }

    /** The event's row: cancellations and the waiting list take turns on it. */
    Optional<Long> lockEvent(long eventId) {
        return jdbc.sql("select id from vip_event where id = ? for no key update").param(eventId).query(Long.class).optional();
    }

    // ---- events

    long insertEvent(VipEventDraft d, String keyword, Instant now, String by) {
        return jdbc.sql("""
                        insert into vip_event (title, kind, venue, starts_at, claims_from, claims_until, keyword, per_customer_limit, state,
                                               created_at, created_by, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?) returning id""")
                .params(d.title().strip(), d.kind(), d.venue().strip(), ts(d.startsAt()), ts(d.claimsFrom()), ts(d.claimsUntil()), keyword,
                        d.perCustomerLimit(), ts(now), by, ts(now), by)
                .query(Long.class).single();
    }

    boolean updateEvent(long id, int version, VipEventDraft d, String keyword, Instant now, String by) {
        return jdbc.sql("""
                        update vip_event set title = ?, kind = ?, venue = ?, starts_at = ?, claims_from = ?, claims_until = ?, keyword = ?,
                                             per_customer_limit = ?, version = version + 1, updated_at = ?, updated_by = ?
                        where id = ? and version = ?""")
                .params(d.title().strip(), d.kind(), d.venue().strip(), ts(d.startsAt()), ts(d.claimsFrom()), ts(d.claimsUntil()), keyword,
                        d.perCustomerLimit(), ts(now), by, id, version)
                .update() == 1;
    }

    boolean setState(long id, int version, String state, Instant now, String by) {
        return jdbc.sql("update vip_event set state = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?")
                .params(state, ts(now), by, id, version).update() == 1;
    }

    /** Whether another open event has the keyword. */
    boolean keywordTaken(String keyword, long exceptId) {
        return jdbc.sql("select exists (select 1 from vip_event where keyword = ? and state = 'open' and id <> ?)")
                .params(keyword, exceptId).query(Boolean.class).single();
    }

    Optional<VipEventView> event(long id) {
        return jdbc.sql(EVENT + " where e.id = ?").param(id).query(VipEventStore::event).optional();
    }

    Optional<VipEventView> openByKeyword(String keyword) {
        return jdbc.sql(EVENT + " where e.keyword = ? and e.state = 'open'").param(keyword).query(VipEventStore::event).optional();
    }

    List<VipEventView> events() {
        return jdbc.sql(EVENT + " order by (e.state = 'open') desc, e.starts_at desc, e.id desc limit 500").query(VipEventStore::event).list();
    }

    // ---- pools

    long insertPool(long eventId, TicketPoolKind kind, int tickets, List<String> tiers, String groupId, Instant now, String by) {
        return jdbc.sql("""
                        insert into vip_ticket_pool (event_id, kind, tickets, tiers, group_id, created_at, created_by)
                        values (?, ?, ?, ?::text[], ?, ?, ?) returning id""")
                .params(eventId, kind.code(), tickets, "{" + String.join(",", tiers) + "}", groupId, ts(now), by)
                .query(Long.class).single();
    }

    /** New ticket count; false when it would fall below the tickets taken. */
    boolean setTickets(long poolId, int tickets) {
        return jdbc.sql("update vip_ticket_pool set tickets = ? where id = ? and taken <= ?").params(tickets, poolId, tickets).update() == 1;
    }

    List<TicketPoolView> pools(long eventId) {
        return jdbc.sql(POOL + " where event_id = ? order by id").param(eventId).query(VipEventStore::pool).list();
    }

    Optional<TicketPoolView> pool(long poolId) {
        return jdbc.sql(POOL + " where id = ?").param(poolId).query(VipEventStore::pool).optional();
    }

    /** Takes one ticket when one is left: the single conditional update that keeps a pool from being oversold. */
    boolean takeTicket(long poolId) {
        return jdbc.sql("update vip_ticket_pool set taken = taken + 1 where id = ? and taken < tickets").param(poolId).update() == 1;
    }

    void releaseTicket(long poolId) {
        jdbc.sql("update vip_ticket_pool set taken = taken - 1 where id = ? and taken > 0").param(poolId).update();
    }

    // ---- claims

    Optional<VipEventClaimView> claimBySource(VipEventClaimChannel channel, String ref) {
        return jdbc.sql(CLAIM + " where channel = ? and source_ref = ?").params(channel.code(), ref).query(VipEventStore::claim).optional();
    }

    Optional<VipEventClaimView> claimForUpdate(long claimId) {
        return jdbc.sql(CLAIM + " where id = ? for update").param(claimId).query(VipEventStore::claim).optional();
    }

    int activeClaims(long eventId, String msisdn) {
        return jdbc.sql("select count(*) from vip_event_claim where event_id = ? and msisdn = ? and state <> 'cancelled'")
                .params(eventId, msisdn).query(Integer.class).single();
    }

    long insertClaim(long eventId, Long poolId, String msisdn, VipEventClaimChannel channel, String ref, boolean claimed, Instant now,
                     String by) {
        return jdbc.sql("""
                        insert into vip_event_claim (event_id, pool_id, msisdn, channel, source_ref, state, created_at, created_by, waiting_since,
                                                     claimed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(eventId, poolId, msisdn, channel.code(), ref, claimed ? "claimed" : "waiting", ts(now), by, claimed ? null : ts(now),
                        claimed ? ts(now) : null)
                .query(Long.class).single();
    }

    void cancel(long claimId, Instant now, String by) {
        jdbc.sql("update vip_event_claim set state = 'cancelled', cancelled_at = ?, cancelled_by = ? where id = ?")
                .params(ts(now), by, claimId).update();
    }

    /** A waiting claim gets a ticket of {@code poolId} (already taken for it). */
    void promote(long claimId, long poolId, Instant now) {
        jdbc.sql("update vip_event_claim set state = 'claimed', pool_id = ?, claimed_at = ? where id = ? and state = 'waiting'")
                .params(poolId, ts(now), claimId).update();
    }

    /** The event's waiting list, first come first. */
    List<VipEventClaimView> waiting(long eventId) {
        return jdbc.sql(CLAIM + " where event_id = ? and state = 'waiting' order by waiting_since, id").param(eventId)
                .query(VipEventStore::claim).list();
    }

    List<VipEventClaimView> claims(long eventId) {
        return jdbc.sql(CLAIM + " where event_id = ? order by (state = 'cancelled'), state, coalesce(waiting_since, claimed_at), id limit 2000")
                .param(eventId).query(VipEventStore::claim).list();
    }

    Optional<VipEventClaimView> claim(long claimId) {
        return jdbc.sql(CLAIM + " where id = ?").param(claimId).query(VipEventStore::claim).optional();
    }

    // ---- rows

    private static VipEventView event(ResultSet rs, int i) throws SQLException {
        return new VipEventView(rs.getLong("id"), rs.getString("title"), VipEventKind.of(rs.getString("kind")), rs.getString("venue"),
                instant(rs, "starts_at"), instant(rs, "claims_from"), instant(rs, "claims_until"), rs.getString("keyword"),
                rs.getInt("per_customer_limit"), rs.getString("state"), rs.getInt("version"), rs.getInt("tickets"), rs.getInt("taken"),
                rs.getInt("waiting"));
    }

    private static TicketPoolView pool(ResultSet rs, int i) throws SQLException {
        Array tiers = rs.getArray("tiers");
        return new TicketPoolView(rs.getLong("id"), rs.getLong("event_id"), TicketPoolKind.of(rs.getString("kind")), rs.getInt("tickets"),
                rs.getInt("taken"), tiers == null ? List.of() : Arrays.asList((String[]) tiers.getArray()), rs.getString("group_id"));
    }

    private static VipEventClaimView claim(ResultSet rs, int i) throws SQLException {
        long pool = rs.getLong("pool_id");
        return new VipEventClaimView(rs.getLong("id"), rs.getLong("event_id"), rs.wasNull() ? null : pool, rs.getString("msisdn"),
                VipEventClaimChannel.of(rs.getString("channel")), rs.getString("source_ref"), rs.getString("state"), instant(rs, "created_at"),
                rs.getString("created_by"), instant(rs, "waiting_since"), instant(rs, "claimed_at"), instant(rs, "cancelled_at"),
                rs.getString("cancelled_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
