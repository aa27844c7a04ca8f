package dev.retain.app.complaint.internal.visit;

import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff who visit customers ({@code complaint_visitor}): their office (start and end of the day) and hours. */
@Component
public class Visitors {

    public record Visitor(String id, String name, String branch, String officeAddress, double officeLat, double officeLon,
                          LocalTime worksFrom, LocalTime worksTo) {
    }

    private final JdbcClient jdbc;

    Visitors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the visitor or, for a known id, changes them (a re-run does not duplicate). */
    public void save(Visitor v) {
        jdbc.sql("""
                        insert into complaint_visitor (visitor_id, name, branch, office_address, office_lat, office_lon, works_from, works_to, active)
                        values (?, ?, ?, ?, ?, ?, ?, ?, true)
                        on conflict (visitor_id) do update set name = excluded.name, branch = excluded.branch,
                          office_address = excluded.office_address, office_lat = excluded.office_lat, office_lon = excluded.office_lon,
                          works_from = excluded.works_from, works_to = excluded.works_to, active = true""")
                .params(v.id(), v.name(), v.branch(), v.officeAddress(), v.officeLat(), v.officeLon(), v.worksFrom(), v.worksTo()).update();
    }

    public List<Visitor> active() {
        return jdbc.sql("""
                        select visitor_id, name, branch, office_address, office_lat, office_lon, works_from, works_to
                        from complaint_visitor where active order by visitor_id""")
                .query((rs, i) -> new Visitor(rs.getString("visitor_id"), rs.getString("name"), rs.getString("branch"),
                        rs.getString("office_address"), rs.getDouble("office_lat"), rs.getDouble("office_lon"),
                        rs.getObject("works_from", LocalTime.class), rs.getObject("works_to", LocalTime.class)))
                .list();
    }
}
