package dev.retain.engine.rules;

import dev.cel.runtime.CelVariableResolver;
import java.util.Optional;

/**
 * One subscriber's month as the rules see it (the names in {@link FactNames}). Mutable and
 * reused per thread so that evaluating rules over a million subscribers allocates little.
 */
public final class Facts implements CelVariableResolver {

    public String zone = "none";
    public String previousZone = "none";
    public String tier = "none";
    public String brand = "";
    public String region = "";
    public String state = "";
    public boolean highValue;
    public boolean hasPrev;
    public double bill;
    public double billPrev;
    public double billChangePct;
    public long mou;
    public long mouPrev;
    public double mouChangePct;
    public double dataMb;
    public double dataChangePct;
    public long sms;
    public long tenureMonths;
    public boolean hasContract;
    public long monthsToContractEnd;
    public double minCommit;
    public long points;
    public long daysToPointsExpiry;
    public boolean inGroup;
    public long profileGaps;
    public double competitorShare;
    public long maxCompetitorPeerCalls;
    /** Complaints received in the cycle month, and in it and the two months before (0 without complaints.csv). */
    public long complaints1m;
    public long complaints3m;
    public double churnScore;
    public double valueAtRisk;
    /** RFM scores 1–5 (0 when not graded), their cell ("545"), the value grade's code and the lifetime value in CNY. */
    public long rfmR;
    public long rfmF;
    public long rfmM;
    public String rfm = "";
    public String valueGrade = "";
    public double clv;

    @Override
    public Optional<Object> find(String name) {
        return Optional.ofNullable(value(name));
    }

    /** The fact by its rule name, boxed as CEL expects (long for int, double, boolean, string). */
    public Object value(String name) {
        switch (name) {
            case "zone": return zone;
            case "previous_zone": return previousZone;
            case "tier": return tier;
            case "brand": return brand;
            case "region": return region;
            case "state": return state;
            case "high_value": return highValue;
            case "has_prev": return hasPrev;
            case "bill": return bill;
            case "bill_prev": return billPrev;
            case "bill_change_pct": return billChangePct;
            case "mou": return mou;
            case "mou_prev": return mouPrev;
            case "mou_change_pct": return mouChangePct;
            case "data_mb": return dataMb;
            case "data_change_pct": return dataChangePct;
            case "sms": return sms;
            case "tenure_months": return tenureMonths;
            case "has_contract": return hasContract;
            case "months_to_contract_end": return monthsToContractEnd;
            case "min_commit": return minCommit;
            case "points": return points;
            case "days_to_points_expiry": return daysToPointsExpiry;
            case "in_group": return inGroup;
            case "profile_gaps": return profileGaps;
            case "competitor_share": return competitorShare;
            case "max_competitor_peer_calls": return maxCompetitorPeerCalls;
            case "complaints_1m": return complaints1m;
            case "complaints_3m": return complaints3m;
            case "churn_score": return churnScore;
            case "value_at_risk": return valueAtRisk;
            case "rfm_r": return rfmR;
            case "rfm_f": return rfmF;
            case "rfm_m": return rfmM;
            case "rfm": return rfm;
            case "value_grade": return valueGrade;
            case "clv": return clv;
            default: return null;
        }
    }

    /** Percentage change from {@code before} to {@code now}; 0 when there is nothing to compare with. */
    public static double changePct(double before, double now) {
        return before <= 0 ? 0 : (now - before) * 100.0 / before;
    }
}
