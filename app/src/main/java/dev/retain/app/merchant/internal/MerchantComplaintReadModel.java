package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.MerchantComplaintView;
import dev.retain.app.security.PersonalData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Complaints about merchants with their work orders as they stand now: merchant_complaint and merchant (own) ⨝
 * work_order (workorder) for the state, deadline, closing time and the callback's outcome and satisfaction. Read
 * rather than copied, so a deadline moved by a pause, a new priority or a holiday change is the one shown.
 */
@Component
public class MerchantComplaintReadModel {

    private static final String SELECT = """
            select c.id, c.merchant_id, m.code, m.name, c.work_order_id, c.msisdn, c.description, c.created_at, w.state, w.due_at,
                   w.closed_at, w.callback_outcome, w.satisfaction, c.result, c.result_at, c.result_by
            from merchant_complaint c join merchant m on m.id = c.merchant_id left join work_order w on w.id = c.work_order_id""";

    private final JdbcClient jdbc;

    MerchantComplaintReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; {@code merchantId} null: every merchant's. */
    public List<MerchantComplaintView> list(Long merchantId, int limit) {
        String where = merchantId == null ? "" : " where c.merchant_id = :merchant";
        var spec = jdbc.sql(SELECT + where + " order by c.created_at desc, c.id desc limit :limit").param("limit", limit);
        if (merchantId != null) spec = spec.param("merchant", merchantId);
        return spec.query(MerchantComplaintReadModel::view).list();
    }

    /** The complaint if it is this merchant's; empty for another merchant's, so its staff learn nothing of it. */
    public Optional<MerchantComplaintView> ofMerchant(long merchantId, long id) {
        return jdbc.sql(SELECT + " where c.id = ? and c.merchant_id = ?").params(id, merchantId).query(MerchantComplaintReadModel::view)
                .optional();
    }

    /** The callbacks' satisfaction (1-5) of the merchant's complaints whose work orders closed during [from, to), with one given. */
    public List<Integer> callbackSatisfaction(long merchantId, Instant from, Instant to) {
        return jdbc.sql("""
                        select w.satisfaction from merchant_complaint c join work_order w on w.id = c.work_order_id
                        where c.merchant_id = ? and w.closed_at >= ? and w.closed_at < ? and w.satisfaction is not null
                        order by w.closed_at, w.id""")
                .params(merchantId, Timestamp.from(from), Timestamp.from(to)).query(Integer.class).list();
    }

    private static MerchantComplaintView view(ResultSet rs, int row) throws SQLException {
        Integer satisfaction = rs.getObject("satisfaction") == null ? null : rs.getInt("satisfaction");
        return new MerchantComplaintView(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("work_order_id"), PersonalData.maskMsisdn(rs.getString("msisdn")),
                PersonalData.maskNumbersIn(rs.getString("description")), instant(rs, "created_at"), rs.getString("state"),
                instant(rs, "due_at"), instant(rs, "closed_at"), rs.getString("callback_outcome"), satisfaction,
                PersonalData.maskNumbersIn(rs.getString("result")), instant(rs, "result_at"), rs.getString("result_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
