package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.OfferView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant_offer table; {@link #take} counts one use against the quota in the same statement that checks it. */
@Component
public class OfferStore {

    private static final String COLUMNS = "id, merchant_id, title, kind, points_price, value_fen, valid_from, valid_to, quota, used, active";

    private final JdbcClient jdbc;

    OfferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OfferView> ofMerchant(long merchantId) {
        return jdbc.sql("select " + COLUMNS + " from merchant_offer where merchant_id = ? order by active desc, valid_to desc, id")
                .param(merchantId).query(OfferStore::view).list();
    }

    /** The offer if it is {@code merchantId}'s: another merchant's offer is as good as unknown. */
    public Optional<OfferView> find(long merchantId, long id) {
        return jdbc.sql("select " + COLUMNS + " from merchant_offer where id = ? and merchant_id = ?").params(id, merchantId)
                .query(OfferStore::view).optional();
    }

    public long insert(long merchantId, String title, String kind, long pointsPrice, long valueFen, LocalDate from, LocalDate to,
                       Integer quota, Instant now) {
        return jdbc.sql("""
                        insert into merchant_offer (merchant_id, title, kind, points_price, value_fen, valid_from, valid_to, quota, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(merchantId, title, kind, pointsPrice, valueFen, from, to, quota, Timestamp.from(now)).query(Long.class).single();
    }

    /** Changes an offer; false when the new quota is below what is already used. */
    public boolean update(long merchantId, long id, String title, long pointsPrice, long valueFen, LocalDate from, LocalDate to,
                          Integer quota, boolean active) {
        return jdbc.sql("""
                        update merchant_offer set title = ?, points_price = ?, value_fen = ?, valid_from = ?, valid_to = ?, quota = ?, active = ?
                        where id = ? and merchant_id = ? and (?::integer is null or used <= ?::integer)""")
                .params(title, pointsPrice, valueFen, from, to, quota, active, id, merchantId, quota, quota).update() == 1;
    }

    /** One more use of the offer on {@code day}, if it is usable then and has quota left; false otherwise. */
    public boolean take(long id, LocalDate day) {
        return jdbc.sql("""
                        update merchant_offer set used = used + 1
                        where id = ? and active and ? between valid_from and valid_to and (quota is null or used < quota)""")
                .params(id, day).update() == 1;
    }

    /** Gives back a use (a reversed redemption). */
    public void giveBack(long id) {
        jdbc.sql("update merchant_offer set used = used - 1 where id = ? and used > 0").param(id).update();
    }

    private static OfferView view(ResultSet rs, int row) throws SQLException {
        return new OfferView(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("title"), rs.getString("kind"),
                rs.getLong("points_price"), rs.getLong("value_fen"), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), (Integer) rs.getObject("quota"), rs.getInt("used"), rs.getBoolean("active"));
    }
}
