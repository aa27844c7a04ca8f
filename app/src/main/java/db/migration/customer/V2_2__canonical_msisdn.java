package db.migration.customer;

import db.migration.CanonicalMsisdns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * customer: every MSISDN key becomes the canonical number (docs/data-formats.md, "One number,
 * two forms"), and the subscriber keeps the number as received in {@code msisdn_received} for
 * display. Rows imported before keep what they were imported with as received. A database that
 * holds one number twice, once in each form, cannot be keyed so: the migration stops and says
 * which numbers.
 */
public class V2_2__canonical_msisdn extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table subscriber add column msisdn_received text");
            s.execute("update subscriber set msisdn_received = msisdn");
            s.execute("alter table subscriber alter column msisdn_received set not null");
        }
        Map<String, String> renames = CanonicalMsisdns.renames(c, "subscriber", "msisdn");
        refuseTwoFormsOfOneNumber(c, renames);
        CanonicalMsisdns.apply(c, renames, "subscriber", "msisdn");
        CanonicalMsisdns.apply(c, renames, "usage_monthly", "msisdn");
        CanonicalMsisdns.apply(c, renames, "call_peer", "msisdn");
        CanonicalMsisdns.rewrite(c, "call_peer", "peer");
        CanonicalMsisdns.rewrite(c, "customer_note", "msisdn");
    }

    private static void refuseTwoFormsOfOneNumber(Connection c, Map<String, String> renames) throws Exception {
        List<String> clashes = new ArrayList<>();
        Map<String, String> firstForm = new java.util.HashMap<>();
        for (Map.Entry<String, String> r : renames.entrySet()) {
            String other = firstForm.putIfAbsent(r.getValue(), r.getKey());
            if (other != null) clashes.add(other + " and " + r.getKey());
        }
        try (PreparedStatement existing = c.prepareStatement("select msisdn from subscriber where msisdn = any (?)")) {
            existing.setArray(1, c.createArrayOf("text", renames.values().toArray()));
            try (ResultSet rs = existing.executeQuery()) {
                while (rs.next()) clashes.add(rs.getString(1) + " and " + firstForm.get(rs.getString(1)));
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("the database holds " + clashes.size() + " number(s) twice, once with +86 and once without ("
                    + String.join("; ", clashes.subList(0, Math.min(5, clashes.size()))) + "): delete one subscriber of each pair"
                    + " (or start with an empty database) and start again");
        }
    }
}
