package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.CounterReceipt;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import dev.retain.app.core.locks.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant_redemption table: one row per till request (Idempotency-Key), its receipt number and its ledger request. */
@Component
public class RedemptionStore {

    /** A stored redemption with what a replay must match. */
    public record Stored(CounterReceipt receipt, Long offerId, String ledgerKey) {
    }

    private static final String SELECT = """
            select r.id, r.receipt_no, r.kind, r.offer_id, o.title, r.points, r.value_fen, r.balance_after, r.msisdn, r.clerk, r.at,
                   r.reversed_at, r.ledger_key
            from merchant_redemption r left join merchant_offer o on o.id = r.offer_id""";

    private final JdbcClient jdbc;
    private final TransactionLocks locks;

    RedemptionStore(JdbcClient jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /** Serialises requests with one key at one merchant: a parallel repeat waits for the first, then finds it. */
    public void lockKey(long merchantId, String key) {
        locks.hold("counter-key:" + merchantId + ":" + key);
    }

    /** Serialises one customer's experiences, so that the yearly limit counts exactly. */
    public void lockCustomer(String msisdn) {
        locks.hold("counter-customer:" + msisdn);
    }

    public Optional<Stored> byKey(long merchantId, String key) {
        return jdbc.sql(SELECT + " where r.merchant_id = ? and r.idempotency_key = ?").params(merchantId, key)
                .query(RedemptionStore::stored).optional();
    }

    public Optional<Stored> byReceipt(long merchantId, String receiptNo) {
        return jdbc.sql(SELECT + " where r.merchant_id = ? and r.receipt_no = ? for update of r").params(merchantId, receiptNo)
                .query(RedemptionStore::stored).optional();
    }

    public List<CounterReceipt> recent(long merchantId, int limit) {
        return jdbc.sql(SELECT + " where r.merchant_id = ? order by r.at desc, r.id desc limit ?").params(merchantId, limit)
                .query((rs, i) -> stored(rs, i).receipt()).list();
    }

    /** Experiences the customer took from {@code from} to before {@code to} (any merchant), not reversed. */
    public int experiencesBetween(String msisdn, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) from merchant_redemption
                        where msisdn = ? and kind = 'experience' and reversed_at is null and at >= ? and at < ?""")
                .params(msisdn, Timestamp.from(from), Timestamp.from(to))
                .query(Integer.class).single();
    }

    public long nextId() {
        return jdbc.sql("select nextval('merchant_redemption_id_seq')").query(Long.class).single();
    }

    public void insert(long id, long merchantId, String key, String receiptNo, String clerk, String msisdn, String kind, Long offerId,
                       long points, long valueFen, String ledgerKey, long balanceAfter, Instant at) {
        jdbc.sql("""
                        insert into merchant_redemption (id, merchant_id, idempotency_key, receipt_no, clerk, msisdn, kind, offer_id, points,
                                                         value_fen, ledger_key, balance_after, at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, merchantId, key, receiptNo, clerk, msisdn, kind, offerId, points, valueFen, ledgerKey, balanceAfter,
                        Timestamp.from(at))
                .update();
    }

    public void markReversed(long merchantId, String receiptNo, String by, Instant at) {
        jdbc.sql("update merchant_redemption set reversed_at = ?, reversed_by = ? where merchant_id = ? and receipt_no = ?")
                .params(Timestamp.from(at), by, merchantId, receiptNo).update();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        Timestamp reversed = rs.getTimestamp("reversed_at");
        long offer = rs.getLong("offer_id");
        Long offerId = rs.wasNull() ? null : offer;
        CounterReceipt receipt = new CounterReceipt(rs.getString("receipt_no"), rs.getString("kind"), offerId, rs.getString("title"),
                rs.getLong("points"), rs.getLong("value_fen"), rs.getLong("balance_after"), rs.getString("msisdn"), rs.getString("clerk"),
                rs.getTimestamp("at").toInstant(), reversed == null ? null : reversed.toInstant(), false);
        return new Stored(receipt, offerId, rs.getString("ledger_key"));
    }
}
