package dev.retain.app.campaign.offer;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over offer (campaign's table). */
@Repository
class OfferCatalogueStore {

    private static final String OFFER = """
            select id, code, name_zh, name_en, kind, array(select key || '=' || value from jsonb_each_text(params)) as params,
                   eligibility, cost, valid_from, valid_to, stock, taken, prior_acceptance, state, version, updated_at, updated_by
            from offer""";

    private final JdbcClient jdbc;

    OfferCatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OfferDraft d, OfferKind kind, Map<String, String> params, Instant now, String by) {
        return jdbc.sql("""
                        insert into offer (code, name_zh, name_en, kind, params, eligibility, cost, valid_from, valid_to, stock,
                                           prior_acceptance, created_at, created_by, updated_at, updated_by)
                        values (?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.code(), d.nameZh(), d.nameEn(), kind.code(), keys(params), values(params), d.eligibility(), d.cost(),
                        d.validFrom(), d.validTo(), d.stock(), d.priorAcceptance(), ts(now), by, ts(now), by)
                .query(Long.class).single();
    }

    /** The code and kind stay; false when the version moved on (someone else saved first). */
    boolean update(long id, int version, OfferDraft d, Map<String, String> params, Instant now, String by) {
        return jdbc.sql("""
                        update offer set name_zh = ?, name_en = ?, params = jsonb_object(?::text[], ?::text[]), eligibility = ?, cost = ?,
                                         valid_from = ?, valid_to = ?, stock = ?, prior_acceptance = ?, version = version + 1,
                                         updated_at = ?, updated_by = ?
                        where id = ? and version = ?""")
                .params(d.nameZh(), d.nameEn(), keys(params), values(params), d.eligibility(), d.cost(), d.validFrom(), d.validTo(),
                        d.stock(), d.priorAcceptance(), ts(now), by, id, version)
                .update() == 1;
    }

    boolean setState(long id, int version, String state, Instant now, String by) {
        return jdbc.sql("update offer set state = ?, version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?")
                .params(state, ts(now), by, id, version).update() == 1;
    }

    /**
     * Takes one of the offer's stock when some is left, or counts the acceptance of an offer without stock: the single
     * conditional update that never takes the stock below zero (the table checks {@code stock >= 0} besides).
     */
    boolean take(long id) {
        return jdbc.sql("update offer set stock = stock - 1, taken = taken + 1 where id = ? and stock > 0").param(id).update() == 1
                || jdbc.sql("update offer set taken = taken + 1 where id = ? and stock is null").param(id).update() == 1;
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from offer where code = ?)").param(code).query(Boolean.class).single();
    }

    Optional<Offer> find(long id) {
        return jdbc.sql(OFFER + " where id = ?").param(id).query(OfferCatalogueStore::offer).optional();
    }

    /** The offer, its row locked until the transaction ends (an acceptance's take waits for it). */
    Optional<Offer> findForUpdate(long id) {
        return jdbc.sql(OFFER + " where id = ? for update").param(id).query(OfferCatalogueStore::offer).optional();
    }

    List<Offer> all() {
        return jdbc.sql(OFFER + " order by (state = 'active') desc, code limit 1000").query(OfferCatalogueStore::offer).list();
    }

    List<Offer> active() {
        return jdbc.sql(OFFER + " where state = 'active' order by code").query(OfferCatalogueStore::offer).list();
    }

    private static Offer offer(ResultSet rs, int i) throws SQLException {
        Map<String, String> params = new LinkedHashMap<>();
        Array pairs = rs.getArray("params");
        for (String pair : (String[]) pairs.getArray()) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        int stock = rs.getInt("stock");
        Integer left = rs.wasNull() ? null : stock;
        return new Offer(rs.getLong("id"), rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                OfferKind.of(rs.getString("kind")), params, rs.getString("eligibility"), rs.getBigDecimal("cost"),
                rs.getObject("valid_from", java.time.LocalDate.class), rs.getObject("valid_to", java.time.LocalDate.class), left,
                rs.getInt("taken"), rs.getBigDecimal("prior_acceptance"), "active".equals(rs.getString("state")), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static String keys(Map<String, String> params) {
        return pgArray(params.keySet());
    }

    private static String values(Map<String, String> params) {
        return pgArray(params.values());
    }

    /** A text[] literal; every element quoted, backslashes and quotes escaped. */
    private static String pgArray(java.util.Collection<String> items) {
        StringBuilder b = new StringBuilder("{");
        for (String s : items) {
            if (b.length() > 1) b.append(',');
            b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }
}
