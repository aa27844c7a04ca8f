package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.ContractRule;
import dev.retain.app.merchant.SettlementCategoryTotals;
import dev.retain.app.merchant.SettlementTotals;
import dev.retain.app.merchant.SettlementView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import dev.retain.app.core.locks.TransactionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The merchant_settlement, merchant_settlement_category and merchant_settlement_line tables, and the redemptions a
 * settlement takes in. Every statement names the merchant or the settlement; whose settlement a caller may see is
 * the service's business.
 */
@Component
public class SettlementStore {

    /** A redemption a new settlement takes in: as a redemption (direction 1) or as a refund (direction -1). */
    public record Candidate(long redemptionId, String kind, long points, long valueFen) {
    }

    /** A line as stored, with its redemption as it stands now (for the statement and the reconciliation). */
    public record StoredLine(long redemptionId, int direction, String category, long points, long valueFen, long feeFen, String receiptNo,
                             Instant at, String offerTitle, String msisdn, String clerk, Instant reversedAt, long redemptionPoints,
                             long redemptionValueFen, String ledgerKey) {
    }

    private static final String VIEW = """
            select s.id, s.merchant_id, m.code, m.name, s.period, s.state, s.contract_version, s.applied_at, s.applied_by, s.decided_at,
                   s.decided_by, s.return_reason, s.line_count, s.points, s.value_fen, s.fee_fen, s.payable_fen, s.ledger_points,
                   (select coalesce(sum(c.line_fee_fen), 0) from merchant_settlement_category c where c.settlement_id = s.id) as line_fee_fen
            from merchant_settlement s join merchant m on m.id = s.merchant_id""";

    private final JdbcClient jdbc;
    private final TransactionLocks locks;

    SettlementStore(JdbcClient jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /** Serialises one merchant's applications (whatever the month), so that a redemption goes into one of them. */
    public void lockMerchant(long merchantId) {
        locks.hold("merchant-settlement:" + merchantId);
    }

    /** The merchant's applied or approved settlement of the month, if any. */
    public Optional<Long> live(long merchantId, String period) {
        return jdbc.sql("select id from merchant_settlement where merchant_id = ? and period = ? and state <> 'returned'")
                .params(merchantId, period).query(Long.class).optional();
    }

    /** Months (YYYY-MM) with an applied or approved settlement of the merchant. */
    public List<String> livePeriods(long merchantId) {
        return jdbc.sql("select period from merchant_settlement where merchant_id = ? and state <> 'returned' order by period")
                .param(merchantId).query(String.class).list();
    }

    /**
     * The merchant's redemptions made from {@code from} to before {@code to}, not refunded, in no live settlement;
     * locked, so that a refund at the same moment either came first (and the redemption is left out) or waits.
     */
    public List<Candidate> unsettled(long merchantId, Instant from, Instant to) {
        return jdbc.sql("""
                        select r.id, r.kind, r.points, r.value_fen from merchant_redemption r
                        where r.merchant_id = ? and r.at >= ? and r.at < ? and r.reversed_at is null
                          and not exists (select 1 from merchant_settlement_line l where l.redemption_id = r.id and l.direction = 1 and not l.released)
                        order by r.at, r.id
                        for update of r""")
                .params(merchantId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /**
     * The merchant's redemptions refunded before {@code to} that an approved settlement paid and no live settlement
     * has deducted yet: each becomes a refund line.
     */
    public List<Candidate> refundsToSettle(long merchantId, Instant to) {
        return jdbc.sql("""
                        select r.id, r.kind, r.points, r.value_fen from merchant_redemption r
                        where r.merchant_id = ? and r.reversed_at is not null and r.reversed_at < ?
                          and exists (select 1 from merchant_settlement_line l join merchant_settlement s on s.id = l.settlement_id
                                      where l.redemption_id = r.id and l.direction = 1 and not l.released and s.state = 'approved')
                          and not exists (select 1 from merchant_settlement_line l where l.redemption_id = r.id and l.direction = -1 and not l.released)
                        order by r.reversed_at, r.id""")
                .params(merchantId, Timestamp.from(to))
                .query((rs, i) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** The fee charged on a redemption's paid line in an approved settlement: what its refund gives back. */
    public java.util.Optional<Long> paidFeeOf(long redemptionId) {
        return jdbc.sql("""
                        select l.fee_fen from merchant_settlement_line l join merchant_settlement s on s.id = l.settlement_id
                        where l.redemption_id = ? and l.direction = 1 and not l.released and s.state = 'approved'""")
                .param(redemptionId).query(Long.class).optional();
    }

    public long insert(long merchantId, String period, int contractVersion, String by, Instant at, SettlementTotals totals) {
        return jdbc.sql("""
                        insert into merchant_settlement (merchant_id, period, state, contract_version, applied_at, applied_by, line_count, points,
                                                         value_fen, fee_fen, payable_fen)
                        values (?, ?, 'applied', ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(merchantId, period, contractVersion, Timestamp.from(at), by, totals.count(), totals.points(), totals.valueFen(),
                        totals.feeFen(), totals.payableFen())
                .query(Long.class).single();
    }

    public void insertCategory(long settlementId, SettlementCategoryTotals c) {
        ContractRule r = c.rule();
        SettlementTotals t = c.totals();
        jdbc.sql("""
                        insert into merchant_settlement_category (settlement_id, category, fee_per_redemption_fen, share_bp, minimum_fen, cap_fen,
                                                                  line_count, points, value_fen, line_fee_fen, adjustment_fen, fee_fen, payable_fen)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(settlementId, c.category(), r.feePerRedemptionFen(), r.shareBp(), r.minimumFen(), r.capFen(), t.count(), t.points(),
                        t.valueFen(), t.lineFeeFen(), t.adjustmentFen(), t.feeFen(), t.payableFen())
                .update();
    }

    public void insertLine(long settlementId, long redemptionId, int direction, String category, long points, long valueFen, long feeFen) {
        jdbc.sql("""
                        insert into merchant_settlement_line (settlement_id, redemption_id, direction, category, points, value_fen, fee_fen)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(settlementId, redemptionId, direction, category, points, valueFen, feeFen).update();
    }

    public Optional<SettlementView> find(long id) {
        return jdbc.sql(VIEW + " where s.id = ?").param(id).query(SettlementStore::view).optional();
    }

    /** The settlement's row locked for a decision: a parallel decision waits, then sees this one's state. */
    public Optional<String> lockState(long id) {
        return jdbc.sql("select state from merchant_settlement where id = ? for update").param(id).query(String.class).optional();
    }

    public List<SettlementView> ofMerchant(long merchantId) {
        return jdbc.sql(VIEW + " where s.merchant_id = ? order by s.period desc, s.id desc").param(merchantId).query(SettlementStore::view).list();
    }

    /** Settlements in {@code state} (null: every state), the oldest application first for those waiting, else the newest first. */
    public List<SettlementView> inState(String state, int limit) {
        if (state == null) {
            return jdbc.sql(VIEW + " order by s.applied_at desc, s.id desc limit ?").param(limit).query(SettlementStore::view).list();
        }
        String order = "applied".equals(state) ? "s.applied_at, s.id" : "coalesce(s.decided_at, s.applied_at) desc, s.id desc";
        return jdbc.sql(VIEW + " where s.state = ? order by " + order + " limit ?").params(state, limit).query(SettlementStore::view).list();
    }

    public List<SettlementCategoryTotals> categories(long settlementId) {
        return jdbc.sql("""
                        select category, fee_per_redemption_fen, share_bp, minimum_fen, cap_fen, line_count, points, value_fen, line_fee_fen,
                               adjustment_fen, fee_fen, payable_fen
                        from merchant_settlement_category where settlement_id = ?
                        order by array_position(array['redemption', 'experience', 'consumption'], category)""")
                .param(settlementId)
                .query((rs, i) -> new SettlementCategoryTotals(rs.getString(1),
                        new ContractRule(rs.getString(1), rs.getLong(2), rs.getInt(3), (Long) rs.getObject(4), (Long) rs.getObject(5)),
                        new SettlementTotals(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                                rs.getLong(12))))
                .list();
    }

    public List<StoredLine> lines(long settlementId) {
        return jdbc.sql("""
                        select l.redemption_id, l.direction, l.category, l.points, l.value_fen, l.fee_fen, r.receipt_no, r.at, o.title, r.msisdn,
                               r.clerk, r.reversed_at, r.points, r.value_fen, r.ledger_key
                        from merchant_settlement_line l
                        join merchant_redemption r on r.id = l.redemption_id
                        left join merchant_offer o on o.id = r.offer_id
                        where l.settlement_id = ?
                        order by l.direction desc, r.at, r.id""")
                .param(settlementId)
                .query((rs, i) -> {
                    Timestamp reversed = rs.getTimestamp(12);
                    return new StoredLine(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                            rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10), rs.getString(11),
                            reversed == null ? null : reversed.toInstant(), rs.getLong(13), rs.getLong(14), rs.getString(15));
                })
                .list();
    }

    public void approve(long id, String by, Instant at, long ledgerPoints) {
        jdbc.sql("update merchant_settlement set state = 'approved', decided_at = ?, decided_by = ?, ledger_points = ? where id = ? and state = 'applied'")
                .params(Timestamp.from(at), by, ledgerPoints, id).update();
    }

    /** Returned to the merchant: its lines are released, so their redemptions may be applied for again. */
    public void returnToMerchant(long id, String by, Instant at, String reason) {
        jdbc.sql("update merchant_settlement set state = 'returned', decided_at = ?, decided_by = ?, return_reason = ? where id = ? and state = 'applied'")
                .params(Timestamp.from(at), by, reason, id).update();
        jdbc.sql("update merchant_settlement_line set released = true where settlement_id = ?").param(id).update();
    }

    private static SettlementView view(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        long lineFee = rs.getLong("line_fee_fen");
        long fee = rs.getLong("fee_fen");
        SettlementTotals totals = new SettlementTotals(rs.getLong("line_count"), rs.getLong("points"), rs.getLong("value_fen"), lineFee,
                fee - lineFee, fee, rs.getLong("payable_fen"));
        return new SettlementView(rs.getLong("id"), rs.getLong("merchant_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("period"), rs.getString("state"), rs.getInt("contract_version"), rs.getTimestamp("applied_at").toInstant(),
                rs.getString("applied_by"), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                rs.getString("return_reason"), totals, (Long) rs.getObject("ledger_points"));
    }
}
