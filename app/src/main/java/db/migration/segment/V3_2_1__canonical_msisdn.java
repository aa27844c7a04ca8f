package db.migration.segment;

import db.migration.CanonicalMsisdns;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** segment: keyed by the canonical MSISDN, as the subscriber is (customer's V2_2). */
public class V3_2_1__canonical_msisdn extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        CanonicalMsisdns.rewrite(context.getConnection(), "segment", "msisdn");
    }
}
