package dev.retain.app.campaign.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import dev.retain.app.core.locks.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The campaign module's {@code tariff_advice_link} table: tokens by their SHA-256 only. */
@Component
public class AdviceLinkStore {

    /** A link as stored: whose it is and until when it opens. */
    public record Link(long id, String msisdn, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final TransactionLocks locks;

    AdviceLinkStore(JdbcClient jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /** Locks the customer's links (one sender at a time per customer) and counts those sent since {@code since}. */
    public long lockAndCountSince(String msisdn, Instant since) {
        locks.hold("tariff_advice_link:" + msisdn);
        return jdbc.sql("select count(*) from tariff_advice_link where msisdn = ? and sent_at >= ?")
                .params(msisdn, Timestamp.from(since)).query(Long.class).single();
    }

    public long insert(String tokenHash, String msisdn, String sentBy, Instant sentAt, Instant expiresAt) {
        return jdbc.sql("""
                        insert into tariff_advice_link (token_hash, msisdn, sent_by, sent_at, expires_at) values (?, ?, ?, ?, ?)
                        returning id""")
                .params(tokenHash, msisdn, sentBy, Timestamp.from(sentAt), Timestamp.from(expiresAt)).query(Long.class).single();
    }

    public void messageSent(long id, long messageId) {
        jdbc.sql("update tariff_advice_link set message_id = ? where id = ?").params(messageId, id).update();
    }

    public Optional<Link> byHash(String tokenHash) {
        return jdbc.sql("select id, msisdn, expires_at from tariff_advice_link where token_hash = ?").param(tokenHash)
                .query((rs, i) -> new Link(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).optional();
    }

    public void opened(long id, Instant at) {
        jdbc.sql("""
                        update tariff_advice_link set open_count = open_count + 1, first_opened_at = coalesce(first_opened_at, ?),
                          last_opened_at = ? where id = ?""")
                .params(Timestamp.from(at), Timestamp.from(at), id).update();
    }
}
