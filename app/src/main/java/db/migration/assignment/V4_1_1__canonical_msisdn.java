package db.migration.assignment;

import db.migration.CanonicalMsisdns;
import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** assignment: keyed by the canonical MSISDN, as the subscriber is (customer's V2_2). */
public class V4_1_1__canonical_msisdn extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        CanonicalMsisdns.rewrite(c, "assignment", "msisdn");
        CanonicalMsisdns.rewrite(c, "assignment_history", "msisdn");
    }
}
