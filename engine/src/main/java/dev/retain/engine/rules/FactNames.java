package dev.retain.engine.rules;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a warning rule may use, with their CEL types. Money is in CNY (double),
 * minutes and counts are ints, changes are percentages (−100 … ∞; 0 without a previous month).
 */
public final class FactNames {

    private FactNames() {
    }

    public static final Map<String, CelType> TYPES;

    static {
        Map<String, CelType> t = new LinkedHashMap<>();
        t.put("zone", SimpleType.STRING);
        t.put("previous_zone", SimpleType.STRING);
        t.put("tier", SimpleType.STRING);
        t.put("brand", SimpleType.STRING);
        t.put("region", SimpleType.STRING);
        t.put("state", SimpleType.STRING);
        t.put("high_value", SimpleType.BOOL);
        t.put("has_prev", SimpleType.BOOL);
        t.put("bill", SimpleType.DOUBLE);
        t.put("bill_prev", SimpleType.DOUBLE);
        t.put("bill_change_pct", SimpleType.DOUBLE);
        t.put("mou", SimpleType.INT);
        t.put("mou_prev", SimpleType.INT);
        t.put("mou_change_pct", SimpleType.DOUBLE);
        t.put("data_mb", SimpleType.DOUBLE);
        t.put("data_change_pct", SimpleType.DOUBLE);
        t.put("sms", SimpleType.INT);
        t.put("tenure_months", SimpleType.INT);
        t.put("has_contract", SimpleType.BOOL);
        t.put("months_to_contract_end", SimpleType.INT);
        t.put("min_commit", SimpleType.DOUBLE);
        t.put("points", SimpleType.INT);
        t.put("days_to_points_expiry", SimpleType.INT);
        t.put("in_group", SimpleType.BOOL);
        t.put("profile_gaps", SimpleType.INT);
        t.put("competitor_share", SimpleType.DOUBLE);
        t.put("max_competitor_peer_calls", SimpleType.INT);
        t.put("complaints_1m", SimpleType.INT);
        t.put("complaints_3m", SimpleType.INT);
        t.put("churn_score", SimpleType.DOUBLE);
        t.put("value_at_risk", SimpleType.DOUBLE);
        // value grading (docs/value-grading.md): RFM scores 1–5, the cell ("545"), the grade word, lifetime value in CNY
        t.put("rfm_r", SimpleType.INT);
        t.put("rfm_f", SimpleType.INT);
        t.put("rfm_m", SimpleType.INT);
        t.put("rfm", SimpleType.STRING);
        t.put("value_grade", SimpleType.STRING);
        t.put("clv", SimpleType.DOUBLE);
        TYPES = java.util.Collections.unmodifiableMap(t);
    }
}
