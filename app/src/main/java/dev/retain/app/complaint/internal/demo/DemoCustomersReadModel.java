package dev.retain.app.complaint.internal.demo;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo's complaining customers: subscriber (customer), picked the same way on every start (by number). */
@Component
class DemoCustomersReadModel {

    record Customer(String msisdn, String tier, String region, String branch) {
    }

    private final JdbcClient jdbc;

    DemoCustomersReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code count} customers with a region and branch, VIP (diamond, gold) or not. */
    List<Customer> pick(boolean vip, int count) {
        return jdbc.sql("""
                select msisdn, coalesce(tier, 'none') as tier, region, branch from subscriber
                where region is not null and branch is not null and (coalesce(tier, 'none') in ('diamond', 'gold')) = ?
                order by msisdn limit ?""").params(vip, count)
                .query((rs, i) -> new Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** Other customers of the same branch (the network alarm's area), not VIP. */
    List<Customer> inBranch(String region, String branch, int count, List<String> except) {
        return jdbc.sql("""
                select msisdn, coalesce(tier, 'none') as tier, region, branch from subscriber
                where region = :region and branch = :branch and coalesce(tier, 'none') not in ('diamond', 'gold')
                  and msisdn not in (:except)
                order by msisdn limit :count""").param("region", region).param("branch", branch)
                .param("except", except.isEmpty() ? List.of("") : except).param("count", count)
                .query((rs, i) -> new Customer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    /** The demo's complaint of this external id (the complaint table is this module's own). */
    java.util.Optional<Long> complaintByExternalId(String externalId) {
        return jdbc.sql("select id from complaint where external_id = ?").param(externalId).query(Long.class).optional();
    }
}
