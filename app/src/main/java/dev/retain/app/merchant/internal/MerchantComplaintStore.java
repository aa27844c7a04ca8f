package dev.retain.app.merchant.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant_complaint table: which merchant a complaint's work order is about, and the merchant's result. */
@Component
public class MerchantComplaintStore {

    /** The row's own columns: whose complaint it is and which work order carries it. */
    public record Link(long id, long merchantId, long workOrderId) {
    }

    private final JdbcClient jdbc;

    MerchantComplaintStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long merchantId, long workOrderId, String msisdn, String description, Instant at, String by) {
        return jdbc.sql("""
                        insert into merchant_complaint (merchant_id, work_order_id, msisdn, description, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(merchantId, workOrderId, msisdn, description, Timestamp.from(at), by).query(Long.class).single();
    }

    /** The complaint of this merchant, locked for the result; empty for another merchant's (or no such) complaint. */
    public Optional<Link> lockOfMerchant(long merchantId, long id) {
        return jdbc.sql("select id, merchant_id, work_order_id from merchant_complaint where id = ? and merchant_id = ? for update")
                .params(id, merchantId).query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    public void setResult(long id, String result, Instant at, String by) {
        jdbc.sql("update merchant_complaint set result = ?, result_at = ?, result_by = ? where id = ?")
                .params(result, Timestamp.from(at), by, id).update();
    }

    /** Complaints about the merchant taken in during [from, to). */
    public int countCreated(long merchantId, Instant from, Instant to) {
        return jdbc.sql("select count(*) from merchant_complaint where merchant_id = ? and created_at >= ? and created_at < ?")
                .params(merchantId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).single();
    }
}
