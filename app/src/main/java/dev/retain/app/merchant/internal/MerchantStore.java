package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.MerchantChange;
import dev.retain.app.merchant.MerchantClub;
import dev.retain.app.merchant.MerchantDraft;
import dev.retain.app.merchant.MerchantView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant and merchant_history tables: every change bumps the version and appends the row as it now stands. */
@Component
public class MerchantStore {

    private static final String COLUMNS = "id, code, name, club, region, contact_name, contact_phone, state, version, created_at, deleted_at";

    private final JdbcClient jdbc;

    MerchantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<MerchantView> all(boolean withDeleted) {
        return jdbc.sql("select " + COLUMNS + " from merchant" + (withDeleted ? "" : " where deleted_at is null") + " order by code")
                .query(MerchantStore::view).list();
    }

    public Optional<MerchantView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from merchant where id = ?").param(id).query(MerchantStore::view).optional();
    }

    /** The row locked for a change: a parallel change of the same merchant waits, then sees this one's version. */
    public Optional<MerchantView> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from merchant where id = ? for update").param(id).query(MerchantStore::view).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from merchant where code = ?)").param(code).query(Boolean.class).single();
    }

    public long insert(MerchantDraft d, Instant now) {
        return jdbc.sql("""
                        insert into merchant (code, name, club, region, contact_name, contact_phone, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.code(), d.name(), d.club(), d.region(), d.contactName(), d.contactPhone(), Timestamp.from(now))
                .query(Long.class).single();
    }

    public void update(long id, MerchantDraft d) {
        jdbc.sql("update merchant set name = ?, club = ?, region = ?, contact_name = ?, contact_phone = ?, version = version + 1 where id = ?")
                .params(d.name(), d.club(), d.region(), d.contactName(), d.contactPhone(), id).update();
    }

    public void setState(long id, String state) {
        jdbc.sql("update merchant set state = ?, version = version + 1 where id = ?").params(state, id).update();
    }

    public void markDeleted(long id, String by, Instant now) {
        jdbc.sql("update merchant set deleted_at = ?, deleted_by = ?, state = 'offline', version = version + 1 where id = ?")
                .params(Timestamp.from(now), by, id).update();
    }

    /** Appends the merchant's row as it stands now, under its current version. */
    public void appendHistory(long id, String action, String by, Instant now) {
        jdbc.sql("""
                        insert into merchant_history (merchant_id, version, at, by_user, action, snapshot)
                        select id, version, ?, ?, ?, to_jsonb(m) - 'version' from merchant m where id = ?""")
                .params(Timestamp.from(now), by, action, id).update();
    }

    public List<MerchantChange> history(long id) {
        return jdbc.sql("select version, at, by_user, action, snapshot::text from merchant_history where merchant_id = ? order by version desc")
                .param(id)
                .query((rs, i) -> new MerchantChange(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static MerchantView view(ResultSet rs, int row) throws SQLException {
        Timestamp deleted = rs.getTimestamp("deleted_at");
        return new MerchantView(rs.getLong("id"), rs.getString("code"), rs.getString("name"), MerchantClub.ofCode(rs.getString("club")),
                rs.getString("region"), rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("state"),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), deleted == null ? null : deleted.toInstant());
    }
}
