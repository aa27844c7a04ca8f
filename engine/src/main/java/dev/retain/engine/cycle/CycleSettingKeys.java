package dev.retain.engine.cycle;

import java.util.List;
import java.util.Optional;

/**
 * The keys of {@code retain-defaults.properties} and the sane range of each. A range refuses
 * typing accidents (1e9 for a bill, 1 meaning 1 %, a missing or extra zero) without standing in
 * the way of a real province; why each bound is where it is, is said beside it.
 */
public final class CycleSettingKeys {

    public static final String HIGH_VALUE_BILL = "zone.high-value-bill";
    public static final String OUTGOING_MOU = "zone.outgoing-mou";
    public static final String MIN_COMMIT = "zone.min-commit";
    public static final String HORIZON_MONTHS = "task.horizon-months";
    public static final String CUSTOMER_MANAGER_CAPACITY = "assignment.customer-manager-capacity";
    public static final String PHONE_MANAGER_CAPACITY = "assignment.phone-manager-capacity";
    public static final String CALLS_PER_PHONE_MANAGER = "churn.calls-per-phone-manager";
    public static final String MAX_REJECT_RATE = "import.max-reject-rate";
    public static final String VALUE_MARGIN = "value.margin";
    public static final String VALUE_DISCOUNT_RATE = "value.discount-rate";
    public static final String VALUE_HORIZON_MONTHS = "value.horizon-months";

    /** tier.diamond.min-mean-bill and the like. */
    public static String tierMinMeanBill(String tier) {
        return "tier." + tier + ".min-mean-bill";
    }

    public static String tierMinTenureMonths(String tier) {
        return "tier." + tier + ".min-tenure-months";
    }

    public static String tierBrands(String tier) {
        return "tier." + tier + ".brands";
    }

    private static final List<String> TIERS = List.of("diamond", "gold", "silver");

    /** Every setting, in the order of the file. */
    public static final List<SettingSpec> SPECS = specs();

    private CycleSettingKeys() {
    }

    public static Optional<SettingSpec> spec(String key) {
        return SPECS.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static List<SettingSpec> specs() {
        List<SettingSpec> all = new java.util.ArrayList<>(List.of(
                // A: the top consumer plans cost a few hundred CNY a month; at 10,000 nobody is
                // high value any more, below 1 CNY everybody who pays is
                SettingSpec.money(HIGH_VALUE_BILL, "1.00", "10000.00"),
                // M: a month has 43,200 minutes; 10,000 outgoing (5½ hours a day) is beyond the
                // heaviest talker, so a larger M empties yellow, red, blue and green. 0 is allowed
                // ("> M" then means any outgoing call)
                SettingSpec.whole(OUTGOING_MOU, 0, 10_000),
                // C: at 0 every high-value customer would count as committed (green unreachable);
                // the same upper end as A
                SettingSpec.money(MIN_COMMIT, "1.00", "10000.00")));
        for (String tier : TIERS) {
            // 0 = the card depends on tenure and brand only; 100,000 CNY a month is no personal bill
            all.add(SettingSpec.money(tierMinMeanBill(tier), "0.00", "100000.00"));
            // 600 months = 50 years, longer than mobile service has existed
            all.add(SettingSpec.whole(tierMinTenureMonths(tier), 0, 600));
            all.add(SettingSpec.brands(tierBrands(tier)));
        }
        all.addAll(List.of(
                // the churn label looks this far ahead and training needs 2 × horizon + 2 months of
                // history: a year is already 26 months, and a risk further out is not a task
                SettingSpec.whole(HORIZON_MONTHS, 1, 12),
                // R3.1's defaults are 500 and 6,000; twenty times that is no longer a portfolio one
                // person can hold (a typo with two extra zeros lands outside)
                SettingSpec.whole(CUSTOMER_MANAGER_CAPACITY, 1, 10_000),
                SettingSpec.whole(PHONE_MANAGER_CAPACITY, 1, 100_000),
                // the K of the churn model's precision@K: 300 a month is about fifteen calls a
                // working day; 3,000 (~140 a day) is the most even a dialler-assisted agent makes
                SettingSpec.whole(CALLS_PER_PHONE_MANAGER, 1, 3_000),
                // a file with more than a fifth of bad rows is the wrong file, and "1" typed for 1 %
                // (a share of 1 = every row) is refused
                SettingSpec.share(MAX_REJECT_RATE, "0", "0.2"),
                // the lifetime value's contribution margin: below 5 % no operator stays in business,
                // and a margin is a share of revenue, so at most all of it
                SettingSpec.share(VALUE_MARGIN, "0.05", "1"),
                // the yearly discount rate: 0 counts a yuan next year as a yuan today; above 50 % a year
                // is no cost of capital but a typo (8 typed for 8 %)
                SettingSpec.share(VALUE_DISCOUNT_RATE, "0", "0.5"),
                // months of future revenue counted: ten years is beyond any phone contract or device cycle
                SettingSpec.whole(VALUE_HORIZON_MONTHS, 1, 120)));
        return List.copyOf(all);
    }
}
