package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.OutletView;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant_outlet table; every statement names the merchant, so one merchant never touches another's outlet. */
@Component
public class OutletStore {

    private final JdbcClient jdbc;

    OutletStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OutletView> ofMerchant(long merchantId) {
        return jdbc.sql("select id, merchant_id, name, address, opening_hours, active from merchant_outlet where merchant_id = ? order by active desc, name")
                .param(merchantId)
                .query((rs, i) -> new OutletView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    public long insert(long merchantId, String name, String address, String hours) {
        return jdbc.sql("insert into merchant_outlet (merchant_id, name, address, opening_hours) values (?, ?, ?, ?) returning id")
                .params(merchantId, name, address, hours).query(Long.class).single();
    }

    public boolean update(long merchantId, long id, String name, String address, String hours, boolean active) {
        return jdbc.sql("update merchant_outlet set name = ?, address = ?, opening_hours = ?, active = ? where id = ? and merchant_id = ?")
                .params(name, address, hours, active, id, merchantId).update() == 1;
    }
}
