package db.migration.retention;

import db.migration.CanonicalMsisdns;
import dev.retain.engine.task.TaskPlanner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * retention: tasks and contacts keyed by the canonical MSISDN, as the subscriber is
 * (customer's V2_2). A task id is derived from month and number, now the canonical one
 * ({@link TaskPlanner#taskId}): the tasks of a renamed number get the id the next run of
 * their month computes, so that run updates them instead of adding a second task, and their
 * contacts follow.
 */
public class V5_3_1__canonical_msisdn extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Map<String, String> renames = CanonicalMsisdns.renames(c, "task", "msisdn");
        record Renamed(String oldId, String newId, String msisdn) {
        }
        List<Renamed> tasks = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select task_id, month, msisdn from task where msisdn = any (?)")) {
            select.setArray(1, c.createArrayOf("text", renames.keySet().toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String canonical = renames.get(rs.getString(3));
                    tasks.add(new Renamed(rs.getString(1), TaskPlanner.taskId(YearMonth.parse(rs.getString(2)), canonical), canonical));
                }
            }
        }
        try (PreparedStatement task = c.prepareStatement("update task set task_id = ?, msisdn = ? where task_id = ?");
             PreparedStatement contact = c.prepareStatement("update contact set task_id = ? where task_id = ?")) {
            for (Renamed r : tasks) {
                task.setString(1, r.newId());
                task.setString(2, r.msisdn());
                task.setString(3, r.oldId());
                task.addBatch();
                contact.setString(1, r.newId());
                contact.setString(2, r.oldId());
                contact.addBatch();
            }
            task.executeBatch();
            contact.executeBatch();
        }
        CanonicalMsisdns.rewrite(c, "contact", "msisdn");
    }
}
