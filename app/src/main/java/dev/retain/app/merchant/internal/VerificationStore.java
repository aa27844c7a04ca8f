package dev.retain.app.merchant.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import dev.retain.app.core.locks.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counter_verification table: codes and tokens are kept only as hashes. */
@Component
public class VerificationStore {

    public record Verification(UUID id, long merchantId, String clerk, String msisdn, String codeHash, Instant expiresAt, int attempts,
                               Instant verifiedAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionLocks locks;

    VerificationStore(JdbcClient jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /**
     * Serialises the codes asked for one number, then one clerk's, then one merchant's, to the end of the transaction
     * (always in that order): the rate limits count exactly.
     */
    public void lockSenders(String msisdn, String clerk, long merchantId) {
        locks.hold("counter-number:" + msisdn);
        locks.hold("counter-clerk:" + clerk);
        locks.hold("counter-merchant:" + merchantId);
    }

    public int askedAtMerchantSince(long merchantId, Instant since) {
        return jdbc.sql("select count(*) from counter_verification where merchant_id = ? and created_at > ?")
                .params(merchantId, Timestamp.from(since)).query(Integer.class).single();
    }

    public int sentToNumberSince(String msisdn, Instant since) {
        return jdbc.sql("select count(*) from counter_verification where msisdn = ? and created_at > ?").params(msisdn, Timestamp.from(since))
                .query(Integer.class).single();
    }

    public int askedByClerkSince(String clerk, Instant since) {
        return jdbc.sql("select count(*) from counter_verification where clerk = ? and created_at > ?").params(clerk, Timestamp.from(since))
                .query(Integer.class).single();
    }

    public void insert(UUID id, long merchantId, String clerk, String msisdn, String codeHash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        insert into counter_verification (id, merchant_id, clerk, msisdn, code_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, merchantId, clerk, msisdn, codeHash, Timestamp.from(now), Timestamp.from(expiresAt)).update();
    }

    /** The verification, locked, if it is {@code merchantId}'s. */
    public Optional<Verification> lock(long merchantId, UUID id) {
        return jdbc.sql("""
                        select id, merchant_id, clerk, msisdn, code_hash, expires_at, attempts, verified_at
                        from counter_verification where id = ? and merchant_id = ? for update""")
                .params(id, merchantId)
                .query((rs, i) -> {
                    Timestamp verified = rs.getTimestamp(8);
                    return new Verification(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant(), rs.getInt(7), verified == null ? null : verified.toInstant());
                })
                .optional();
    }

    public void countAttempt(UUID id) {
        jdbc.sql("update counter_verification set attempts = attempts + 1 where id = ?").param(id).update();
    }

    public void verified(UUID id, String tokenHash, Instant now, Instant tokenExpiresAt) {
        jdbc.sql("update counter_verification set verified_at = ?, token_hash = ?, token_expires_at = ? where id = ?")
                .params(Timestamp.from(now), tokenHash, Timestamp.from(tokenExpiresAt), id).update();
    }

    /** The customer a token names for {@code merchantId}, while it is valid at {@code now}. */
    public Optional<String> customerOfToken(long merchantId, String tokenHash, Instant now) {
        return jdbc.sql("select msisdn from counter_verification where token_hash = ? and merchant_id = ? and token_expires_at > ?")
                .params(tokenHash, merchantId, Timestamp.from(now)).query(String.class).optional();
    }
}
