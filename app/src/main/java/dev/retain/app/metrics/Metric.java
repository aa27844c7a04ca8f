package dev.retain.app.metrics;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every figure of the month, defined once over the columns of {@code metric_customer} (docs/metrics.md): a customer
 * counts in the figure's base when {@link #base} holds; the numerator adds up {@link #numerator} over the base, the
 * denominator {@link #denominator}. The aggregates and the drill-down both use these expressions, so the list behind a
 * number is the number's own customers.
 */
public enum Metric {
    /** Respondents of the month whose mean perception over the six dimensions is in the top third of the scale. */
    SATISFACTION("satisfaction", Kind.SHARE, "responded", "satisfied::int", "1"),
    /** Customers with a manager who had a contact in the month (docs/contact-frequency.md). */
    FREQUENCY("frequency", Kind.SHARE, "managed", "contacted::int", "1"),
    /** Respondents who answered yes to "do you know your customer manager?". */
    AWARENESS("awareness", Kind.SHARE, "responded", "knows_manager::int", "1"),
    /** Promoters (9–10) minus detractors (0–6), in % of respondents. */
    NPS("nps", Kind.SHARE, "responded", "case when nps >= 9 then 1 when nps <= 6 then -1 else 0 end", "1"),
    /** Mean of each respondent's loyalty (0–100): half their recommendation (NPS / 10), half whether they stayed. */
    LOYALTY("loyalty", Kind.MEAN, "responded", "loyalty", "1"),
    /** Last month's programme customers still active this month. */
    RETENTION("retention", Kind.SHARE, "in_base", "retained::int", "1"),
    /** Last month's programme customers gone, left or in the white zone this month. */
    CHURN("churn", Kind.SHARE, "in_base", "(not retained)::int", "1"),
    /** Mean lifetime-value estimate (segment.clv) of the month's customers who have one. */
    CLV("clv", Kind.MEAN, "clv is not null", "clv", "1"),
    /** Last month's programme customers in a better zone now. */
    UPGRADED("upgraded", Kind.SHARE, "in_base", "upgraded::int", "1"),
    /** Last month's programme customers in a worse zone now, or lost. */
    DOWNGRADED("downgraded", Kind.SHARE, "in_base", "downgraded::int", "1"),
    ZONE_BLUE("zone_blue", Kind.SHARE, Metric.IN_PROGRAMME, "(zone = 'blue')::int", "1"),
    ZONE_GREEN("zone_green", Kind.SHARE, Metric.IN_PROGRAMME, "(zone = 'green')::int", "1"),
    ZONE_YELLOW("zone_yellow", Kind.SHARE, Metric.IN_PROGRAMME, "(zone = 'yellow')::int", "1"),
    ZONE_RED("zone_red", Kind.SHARE, Metric.IN_PROGRAMME, "(zone = 'red')::int", "1"),
    ZONE_WHITE("zone_white", Kind.SHARE, Metric.IN_PROGRAMME, "(zone = 'white')::int", "1"),
    /** The month's tasks (not superseded) done, of all of them. */
    TASKS_DONE("tasks_done", Kind.SHARE, "tasks > 0", "tasks_done", "tasks"),
    /** The month's tasks still open past their due date at the refresh. */
    TASKS_OVERDUE("tasks_overdue", Kind.SHARE, "tasks > 0", "tasks_overdue", "tasks"),
    /** Complaints closed in the month whose work order was resolved by its deadline. */
    COMPLAINTS_IN_TIME("complaints_in_time", Kind.SHARE, "complaints_closed > 0", "complaints_in_time", "complaints_closed"),
    /** Treated campaign members added in the month who converted. */
    CAMPAIGN_CONVERSION("campaign_conversion", Kind.SHARE, "campaign_treated", "campaign_converted::int", "1"),
    /** Active programme customers who redeemed at an alliance merchant in the month. */
    MERCHANT_ACTIVE("merchant_active", Kind.SHARE, Metric.ACTIVE_PROGRAMME, "(redemptions > 0)::int", "1");

    /** In the programme this month: a zone other than none. */
    static final String IN_PROGRAMME = "zone is not null and zone <> 'none'";
    /** In the programme and not in the white zone. */
    static final String ACTIVE_PROGRAMME = "zone in ('blue', 'green', 'yellow', 'red')";

    /** How the value is made from numerator and denominator. */
    public enum Kind {
        /** 100 × numerator / denominator, in percent. */
        SHARE,
        /** numerator / denominator. */
        MEAN
    }

    private final String code;
    private final Kind kind;
    private final String base;
    private final String numerator;
    private final String denominator;

    Metric(String code, Kind kind, String base, String numerator, String denominator) {
        this.code = code;
        this.kind = kind;
        this.base = base;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** SQL over metric_customer: the customer is in the figure's base. */
    public String base() {
        return base;
    }

    /** SQL over metric_customer: the customer's part of the numerator. */
    public String numerator() {
        return numerator;
    }

    /** SQL over metric_customer: the customer's part of the denominator. */
    public String denominator() {
        return denominator;
    }

    /** Whether the drill-down can split the base into those counted and the rest (a share, not a mean). */
    public boolean splits() {
        return kind == Kind.SHARE;
    }

    public static Optional<Metric> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
    }
}
