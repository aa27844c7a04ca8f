package dev.retain.app.assignment.internal;

import dev.retain.app.assignment.CurrentAssignment;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A departing manager's customers, most value at risk first (the segment module's figure for
 * the month that assigned them), so the valuable ones get the free places. Their assignment
 * rows, this module's own, are locked until the departure's transaction ends.
 */
@Component
public class DepartingCustomersReadModel {

    private final JdbcClient jdbc;

    DepartingCustomersReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CurrentAssignment> customersOf(String managerId) {
        return jdbc.sql("""
                        select a.msisdn, a.manager_id, a.role, a.month from assignment a
                        left join segment s on s.msisdn = a.msisdn and s.month = a.month
                        where a.manager_id = ?
                        order by s.value_at_risk desc nulls last, a.msisdn
                        for update of a""")
                .param(managerId)
                .query((rs, i) -> new CurrentAssignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
