package dev.retain.app.report.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The managers as the dashboards label and filter them: customer's {@code manager} (name, team, region, branch). A few
 * thousand rows at most, read once per page.
 */
@Component
class DashboardManagersReadModel {

    /** One manager: its branch is managers.csv's optional one. */
    record DashboardManager(String id, String name, String team, String region, String branch) {
        String branchKey() {
            return region + "/" + (branch == null ? "" : branch);
        }
    }

    private final JdbcClient jdbc;

    DashboardManagersReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, DashboardManager> all() {
        Map<String, DashboardManager> out = new LinkedHashMap<>();
        jdbc.sql("select manager_id, name, team, region, branch from manager order by manager_id")
                .query((rs, i) -> new DashboardManager(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list().forEach(m -> out.put(m.id(), m));
        return out;
    }
}
