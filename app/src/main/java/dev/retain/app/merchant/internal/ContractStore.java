package dev.retain.app.merchant.internal;

import dev.retain.app.merchant.ContractRule;
import dev.retain.app.merchant.SettlementContract;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant_contract, merchant_contract_rule and merchant_contract_history tables. */
@Component
public class ContractStore {

    private final JdbcClient jdbc;

    ContractStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SettlementContract> find(long merchantId) {
        return jdbc.sql("select contract_no, version, updated_at, updated_by from merchant_contract where merchant_id = ?")
                .param(merchantId)
                .query((rs, i) -> new SettlementContract(merchantId, rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rules(merchantId)))
                .optional();
    }

    /** The contract's version, its row locked for a change (empty: none yet). */
    public Optional<Integer> lockVersion(long merchantId) {
        return jdbc.sql("select version from merchant_contract where merchant_id = ? for update").param(merchantId).query(Integer.class).optional();
    }

    /** A new contract at version 1; false when a parallel save made one first. */
    public boolean insert(long merchantId, String contractNo, String by, Instant at) {
        return jdbc.sql("""
                        insert into merchant_contract (merchant_id, contract_no, version, updated_at, updated_by) values (?, ?, 1, ?, ?)
                        on conflict (merchant_id) do nothing""")
                .params(merchantId, contractNo, Timestamp.from(at), by).update() == 1;
    }

    public void update(long merchantId, String contractNo, String by, Instant at) {
        jdbc.sql("update merchant_contract set contract_no = ?, version = version + 1, updated_at = ?, updated_by = ? where merchant_id = ?")
                .params(contractNo, Timestamp.from(at), by, merchantId).update();
    }

    public void replaceRules(long merchantId, List<ContractRule> rules) {
        jdbc.sql("delete from merchant_contract_rule where merchant_id = ?").param(merchantId).update();
        for (ContractRule r : rules) {
            jdbc.sql("""
                            insert into merchant_contract_rule (merchant_id, category, fee_per_redemption_fen, share_bp, minimum_fen, cap_fen)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(merchantId, r.category(), r.feePerRedemptionFen(), r.shareBp(), r.minimumFen(), r.capFen()).update();
        }
    }

    /** Appends the contract as it stands now, under its current version. */
    public void appendHistory(long merchantId, String by, Instant at) {
        jdbc.sql("""
                        insert into merchant_contract_history (merchant_id, version, at, by_user, contract_no, rules)
                        select c.merchant_id, c.version, ?, ?, c.contract_no,
                               coalesce((select jsonb_agg(to_jsonb(r) - 'merchant_id' order by r.category) from merchant_contract_rule r
                                         where r.merchant_id = c.merchant_id), '[]'::jsonb)
                        from merchant_contract c where c.merchant_id = ?""")
                .params(Timestamp.from(at), by, merchantId).update();
    }

    public List<ContractRule> rules(long merchantId) {
        return jdbc.sql("""
                        select category, fee_per_redemption_fen, share_bp, minimum_fen, cap_fen from merchant_contract_rule
                        where merchant_id = ? order by array_position(array['redemption', 'experience', 'consumption'], category)""")
                .param(merchantId)
                .query((rs, i) -> new ContractRule(rs.getString(1), rs.getLong(2), rs.getInt(3), (Long) rs.getObject(4), (Long) rs.getObject(5)))
                .list();
    }
}
