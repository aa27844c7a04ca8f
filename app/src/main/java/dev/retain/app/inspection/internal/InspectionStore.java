package dev.retain.app.inspection.internal;

import dev.retain.app.core.BusinessTime;
import dev.retain.app.inspection.FindingDraft;
import dev.retain.app.inspection.RoundView;
import dev.retain.app.inspection.StratumAllocation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inspection module's own tables: rounds, their samples and the findings. */
@Component
public class InspectionStore {

    /** A drawn customer to store. */
    public record Drawn(String msisdn, String tier, String zone, String managerId, int stratumSize, int drawOrder) {
    }

    private static final String ROUND = """
            select r.id, r.region, r.branch, r.seed, r.sample_size, r.min_per_stratum, r.population,
                   (select count(*) from inspection_sample p where p.round_id = r.id),
                   (select count(*) from inspection_finding f where f.round_id = r.id), r.note, r.drawn_by, r.drawn_at
            from inspection_round r""";

    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insertRound(String region, String branch, long seed, int sampleSize, int minimum, int population, String note, String by) {
        return jdbc.sql("""
                        insert into inspection_round (region, branch, seed, sample_size, min_per_stratum, population, note, drawn_by, drawn_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(region, branch, seed, sampleSize, minimum, population, note, by, java.sql.Timestamp.from(clock.instant()))
                .query(Long.class).single();
    }

    public void insertSample(long roundId, List<Drawn> drawn) {
        for (Drawn d : drawn) {
            jdbc.sql("""
                            insert into inspection_sample (round_id, msisdn, tier, zone, manager_id, stratum_size, draw_order)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(roundId, d.msisdn(), d.tier(), d.zone(), d.managerId(), d.stratumSize(), d.drawOrder()).update();
        }
    }

    public List<RoundView> rounds() {
        return jdbc.sql(ROUND + " order by r.id desc").query(this::roundOf).list();
    }

    public Optional<RoundView> round(long id) {
        return jdbc.sql(ROUND + " where r.id = ?").param(id).query(this::roundOf).optional();
    }

    /** The strata of a round as drawn: size in the branch, and how many were drawn. */
    public List<StratumAllocation> strata(long roundId) {
        return jdbc.sql("""
                        select tier, zone, max(stratum_size), count(*) from inspection_sample where round_id = ?
                        group by tier, zone order by tier, zone""")
                .param(roundId).query((rs, i) -> new StratumAllocation(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    /** Records the finding, replacing an earlier one for the same customer of the round. */
    public void saveFinding(long roundId, String msisdn, FindingDraft f, String by) {
        jdbc.sql("""
                        insert into inspection_finding (round_id, msisdn, method, found_on, profile_correct, profile_issue, knows_manager,
                            service_received, notes, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (round_id, msisdn) do update set method = excluded.method, found_on = excluded.found_on,
                            profile_correct = excluded.profile_correct, profile_issue = excluded.profile_issue,
                            knows_manager = excluded.knows_manager, service_received = excluded.service_received, notes = excluded.notes,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .params(roundId, msisdn, f.method(), f.foundOn(), f.profileCorrect(), f.profileIssue() == null ? "" : f.profileIssue().strip(),
                        f.knowsManager(), f.serviceReceived(), f.notes() == null ? "" : f.notes().strip(), by,
                        java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    private RoundView roundOf(ResultSet rs, int i) throws SQLException {
        return new RoundView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                rs.getInt(8), rs.getInt(9), rs.getString(10), rs.getString(11), BusinessTime.local(rs.getTimestamp(12), clock));
    }
}
