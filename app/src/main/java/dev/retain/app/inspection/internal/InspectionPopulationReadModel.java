package dev.retain.app.inspection.internal;

import dev.retain.app.inspection.BranchOption;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The population a round draws from, read across modules: subscriber (customer) for the branch, assignment (assignment)
 * for the manager — only programme customers with one, since the inspection checks the manager's work — and the
 * customer's newest segment row (segment) for tier and zone; the imported tier when the cycle has not rated them yet.
 * A customer whose newest segment puts them outside the programme (zone {@code none}: left, or below its bar) is not
 * drawn: there is no service to verify.
 */
@Component
public class InspectionPopulationReadModel {

    /** A customer of the branch with their stratum's parts and manager now. */
    public record Member(String msisdn, String tier, String zone, String managerId) {
    }

    private final JdbcClient jdbc;

    InspectionPopulationReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The branches customers are imported with, for the new-round form. */
    public List<BranchOption> branches() {
        return jdbc.sql("select region, branch from subscriber where branch is not null and branch <> '' group by region, branch order by region, branch")
                .query((rs, i) -> new BranchOption(rs.getString(1), rs.getString(2))).list();
    }

    /** The branch with the most programme customers with a manager (the demo's round), if any. */
    public java.util.Optional<BranchOption> largestBranch() {
        return jdbc.sql("""
                        select s.region, s.branch from subscriber s join assignment a on a.msisdn = s.msisdn and a.manager_id is not null
                        where s.branch is not null and s.branch <> '' group by s.region, s.branch order by count(*) desc, s.region, s.branch limit 1""")
                .query((rs, i) -> new BranchOption(rs.getString(1), rs.getString(2))).optional();
    }

    public List<Member> of(String region, String branch) {
        return jdbc.sql("""
                        select s.msisdn, coalesce(g.tier, s.tier, 'none'), coalesce(g.zone, 'none'), a.manager_id
                        from subscriber s
                        join assignment a on a.msisdn = s.msisdn and a.manager_id is not null
                        left join lateral (select tier, zone from segment x where x.msisdn = s.msisdn order by x.month desc limit 1) g on true
                        where s.region = ? and s.branch = ? and (g.zone is null or g.zone <> 'none')
                        order by s.msisdn""")
                .params(region, branch)
                .query((rs, i) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }
}
