package dev.retain.app.inspection.internal;

import dev.retain.app.core.BusinessTime;
import dev.retain.app.inspection.Finding;
import dev.retain.app.inspection.SampledCustomer;
import dev.retain.app.security.PersonalData;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A round's sample as pages show it: inspection_sample and inspection_finding (own) ⨝ subscriber (customer) for the
 * customer key and the number to mask, manager (customer) for the manager's name. The full number never leaves here.
 */
@Component
public class InspectionSampleReadModel {

    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionSampleReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SampledCustomer> sample(long roundId) {
        return jdbc.sql("""
                        select s.customer_key, p.msisdn, p.tier, p.zone, p.manager_id, coalesce(m.name, p.manager_id), p.draw_order,
                               f.method, f.found_on, f.profile_correct, f.profile_issue, f.knows_manager, f.service_received, f.notes,
                               f.recorded_by, f.recorded_at
                        from inspection_sample p
                        join subscriber s on s.msisdn = p.msisdn
                        left join manager m on m.manager_id = p.manager_id
                        left join inspection_finding f on f.round_id = p.round_id and f.msisdn = p.msisdn
                        where p.round_id = ?
                        order by p.tier, p.zone, p.draw_order""")
                .param(roundId)
                .query((rs, i) -> new SampledCustomer(rs.getObject(1, UUID.class), PersonalData.maskMsisdn(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getString(8) == null ? null : new Finding(rs.getString(8), rs.getDate(9).toLocalDate(), rs.getBoolean(10),
                                rs.getString(11), rs.getBoolean(12), rs.getBoolean(13), rs.getString(14), rs.getString(15),
                                BusinessTime.local(rs.getTimestamp(16), clock))))
                .list();
    }

    /** The number of the sampled customer with this key, if they are in the round's sample. */
    public Optional<String> msisdnOf(long roundId, UUID customerKey) {
        return jdbc.sql("select p.msisdn from inspection_sample p join subscriber s on s.msisdn = p.msisdn where p.round_id = ? and s.customer_key = ?")
                .params(roundId, customerKey).query(String.class).optional();
    }
}
