package dev.retain.app.campaign.offer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over offer_response (campaign's table). */
@Repository
class OfferResponseStore {

    /** Counted answers of one offer in one segment. */
    record Counts(long offerId, String offerCode, String segment, int accepted, int declined, java.math.BigDecimal prior) {
    }

    private static final String COUNTS = """
            select o.id, o.code, r.segment, count(*) filter (where r.outcome = 'accepted') as accepted,
                   count(*) filter (where r.outcome = 'declined') as declined, o.prior_acceptance
            from offer_response r join offer o on o.id = r.offer_id""";

    private final JdbcClient jdbc;

    OfferResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long offerId, String msisdn, OfferOutcome outcome, String segment, String taskId, Long campaignId, String formKey,
                Instant at, String by) {
        return jdbc.sql("""
                        insert into offer_response (offer_id, msisdn, outcome, segment, task_id, campaign_id, form_key, recorded_by,
                                                    recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(offerId, msisdn, outcome.code(), segment, taskId, campaignId, formKey, by, Timestamp.from(at))
                .query(Long.class).single();
    }

    /**
     * Holds the customer's answers still until the transaction ends: two answers for one customer (a double click, two
     * managers at once) are checked and recorded one after the other, so neither misses what the other recorded.
     */
    void lockCustomer(String msisdn) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('offer_response ' || ?))) l").param(msisdn).query(Integer.class)
                .single();
    }

    /** The customer whose answer was made with a form's key, and that answer, if it was recorded before. */
    Optional<Map.Entry<String, RecordedAnswer>> byFormKey(String formKey) {
        return jdbc.sql("select id, offer_id, outcome, msisdn from offer_response where form_key = ?").param(formKey)
                .query((rs, i) -> Map.entry(rs.getString(4), new RecordedAnswer(rs.getLong(1), rs.getLong(2), OfferOutcome.of(rs.getString(3)), true)))
                .optional();
    }

    /** When the customer last accepted each offer they ever accepted. */
    Map<Long, Instant> lastAccepted(String msisdn) {
        Map<Long, Instant> out = new HashMap<>();
        jdbc.sql("select offer_id, max(recorded_at) from offer_response where msisdn = ? and outcome = 'accepted' group by offer_id")
                .param(msisdn).query(rs -> {
                    out.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return out;
    }

    /** The offers the customer declined at or after {@code since}. */
    Set<Long> declinedSince(String msisdn, Instant since) {
        return new HashSet<>(jdbc.sql("select distinct offer_id from offer_response where msisdn = ? and outcome = 'declined' and recorded_at >= ?")
                .params(msisdn, Timestamp.from(since)).query(Long.class).list());
    }

    List<Counts> counts() {
        return jdbc.sql(COUNTS + " group by o.id, o.code, r.segment, o.prior_acceptance order by o.code, r.segment").query(OfferResponseStore::row).list();
    }

    List<Counts> counts(long offerId) {
        return jdbc.sql(COUNTS + " where o.id = ? group by o.id, o.code, r.segment, o.prior_acceptance order by r.segment").param(offerId)
                .query(OfferResponseStore::row).list();
    }

    /** The answers to the given offers in one segment: only those are read (the index leads with the segment and the offer). */
    List<Counts> countsInSegment(String segment, Collection<Long> offerIds) {
        if (offerIds.isEmpty()) return List.of();
        return jdbc.sql(COUNTS + " where r.segment = ? and r.offer_id = any(?) group by o.id, o.code, r.segment, o.prior_acceptance")
                .params(segment, offerIds.toArray(Long[]::new)).query(OfferResponseStore::row).list();
    }

    private static Counts row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Counts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6));
    }
}
