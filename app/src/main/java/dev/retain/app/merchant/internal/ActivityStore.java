package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.MerchantActivity;
import dev.retain.app.merchant.MerchantClub;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counter activity per merchant from merchant_redemption, in one grouped query over the period. */
@Component
public class ActivityStore {

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every merchant not deleted, with its receipts from {@code from} to before {@code to}; merchants without any show zeros. */
    public List<MerchantActivity> between(Instant from, Instant to) {
        return jdbc.sql("""
                        select m.id, m.code, m.name, m.club, m.state = 'online',
                               count(r.id) filter (where r.kind = 'redemption' and r.reversed_at is null),
                               count(r.id) filter (where r.kind = 'experience' and r.reversed_at is null),
                               count(r.id) filter (where r.kind = 'consumption' and r.reversed_at is null),
                               coalesce(sum(r.points) filter (where r.reversed_at is null), 0),
                               coalesce(sum(r.value_fen) filter (where r.reversed_at is null), 0),
                               count(distinct r.msisdn) filter (where r.reversed_at is null),
                               count(r.id) filter (where r.reversed_at is not null)
                        from merchant m
                        left join merchant_redemption r on r.merchant_id = m.id and r.at >= ? and r.at < ?
                        where m.deleted_at is null
                        group by m.id order by m.club, m.code""")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new MerchantActivity(rs.getLong(1), rs.getString(2), rs.getString(3), MerchantClub.ofCode(rs.getString(4)),
                        rs.getBoolean(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12)))
                .list();
    }
}
