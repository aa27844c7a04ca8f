package dev.retain.synth;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Draws a subscriber's {@link Profile}: who they are, where, on which brand, card and plan,
 * and their personal usage levels. Brand, tier, plan and usage are drawn in that order so
 * that each conditions the next, which is what correlates bills with brand and tier.
 */
final class ProfileSampler {

    private static final double[] BRAND_CUMULATIVE = Rngs.cumulative(
            PopulationMix.brandShare(Brand.GOTONE), PopulationMix.brandShare(Brand.MZONE), PopulationMix.brandShare(Brand.EASYOWN));
    private static final double[][] TIER_CUMULATIVE = new double[Brand.values().length][];

    static {
        for (Brand b : Brand.values()) {
            double[] w = new double[Tier.values().length];
            for (Tier t : Tier.values()) {
                w[t.ordinal()] = PopulationMix.tierChance(b, t);
            }
            TIER_CUMULATIVE[b.ordinal()] = Rngs.cumulative(w);
        }
    }

    /** Share of the base that joins within the window, per month of the window. */
    static final double JOINERS_PER_MONTH = 0.009;
    /** The mean of the raw churn proneness below, divided out so that the province averages 1. */
    private static final double MEAN_PRONENESS = 1.3;
    static final double INTERNATIONAL_FORMAT = 0.01;
    static final int MAX_TENURE_MONTHS = 240;
    static final double TIER_UNKNOWN = 0.05;

    // Per brand: GoTone, M-Zone, Easyown.
    private static final double[] MOU_MEDIAN = {560, 150, 210};
    // Data use relative to the plan's allowance: people mostly buy the data they need.
    private static final double[] DATA_OF_ALLOWANCE = {0.35, 0.5, 0.5};
    private static final double[] SMS_MEDIAN = {25, 15, 12};
    private static final double[] EXTRAS_MEDIAN = {30, 10, 6};
    private static final double[] CHURN_BY_BRAND = {0.8, 1.2, 1.1};
    private static final int[][] AGE_RANGE = {{26, 68}, {16, 35}, {18, 85}};
    private static final double[] TENURE_MEAN_BY_BRAND = {1.25, 0.5, 1.0};
    // Per tier: diamond, gold, silver, none.
    private static final double[] MOU_BY_TIER = {1.7, 1.45, 1.2, 1.0};
    private static final double[] EXTRAS_BY_TIER = {4.0, 2.5, 1.6, 1.0};
    private static final double[] CHURN_BY_TIER = {0.4, 0.6, 0.8, 1.0};
    private static final double[] TENURE_MEAN_MONTHS = {132, 108, 84, 60};

    private final long seed;
    private final int months;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final PhoneNumbers numbers;
    private final EnterpriseGroups groups;
    private final double joinerShare;

    ProfileSampler(ProvinceSpec spec, PhoneNumbers numbers, EnterpriseGroups groups) {
        this.seed = spec.seed();
        this.months = spec.months();
        this.firstMonth = spec.firstMonth();
        this.lastMonth = spec.lastMonth();
        this.numbers = numbers;
        this.groups = groups;
        this.joinerShare = Math.min(0.5, JOINERS_PER_MONTH * months);
    }

    Profile sample(long index) {
        SplittableRandom rng = Rngs.forSubscriber(seed, index, Rngs.PROFILE);
        byte[] msisdn = numbers.subscriber(index, Rngs.chance(rng, INTERNATIONAL_FORMAT));
        Region region = Zhejiang.pick(rng);
        String branch = Rngs.chance(rng, 0.01) ? null : region.pickBranch(rng);
        Brand brand = Brand.values()[Rngs.pick(rng, BRAND_CUMULATIVE)];
        Tier tier = Tier.values()[Rngs.pick(rng, TIER_CUMULATIVE[brand.ordinal()])];
        boolean tierKnown = !Rngs.chance(rng, TIER_UNKNOWN);
        byte[] groupId = Rngs.chance(rng, PopulationMix.groupChance(brand, tier)) ? groups.pick(rng, region) : null;

        double g = rng.nextDouble();
        char gender = g < 0.52 ? 'M' : g < 0.98 ? 'F' : 0;
        String name = ChineseNames.person(rng, gender);
        int[] ages = AGE_RANGE[brand.ordinal()];
        // The mean of two uniforms gives a peaked age distribution inside the brand's range.
        int age = ages[0] + (int) ((ages[1] - ages[0]) * (rng.nextDouble() + rng.nextDouble()) / 2);
        LocalDate birthDate = Rngs.chance(rng, 0.03) ? null
                : Dates.randomDay(rng, lastMonth.minusYears(age).minusMonths(rng.nextInt(12)));
        boolean lunar = birthDate != null && Rngs.chance(rng, 0.10);

        // Joiners are drawn among card-less subscribers only, so the tier shares stay as set.
        boolean joiner = tier == Tier.NONE
                && Rngs.chance(rng, joinerShare / PopulationMix.tierChance(brand, Tier.NONE));
        LocalDate joinDate;
        int joinIndex;
        double joinFraction;
        long tenureMonths;
        if (joiner) {
            joinIndex = rng.nextInt(months);
            YearMonth joinMonth = firstMonth.plusMonths(joinIndex);
            joinDate = Dates.randomDay(rng, joinMonth);
            joinFraction = (joinMonth.lengthOfMonth() - joinDate.getDayOfMonth() + 1) / (double) joinMonth.lengthOfMonth();
            tenureMonths = months - joinIndex;
        } else {
            // Tenure at the window start: exponential, truncated so nobody exceeds 20 years at the
            // last month (or joined before the age of 12).
            double mean = TENURE_MEAN_MONTHS[tier.ordinal()] * TENURE_MEAN_BY_BRAND[brand.ordinal()];
            long maxBefore = Math.max(1, Math.min(MAX_TENURE_MONTHS - months, (age - 12) * 12L));
            long before = 1 + (long) Rngs.truncatedExponential(rng, mean, maxBefore - 1);
            joinDate = Dates.randomDay(rng, firstMonth.minusMonths(before));
            joinIndex = 0;
            joinFraction = 1;
            tenureMonths = before + months;
        }

        CataloguePlan plan = Plans.pick(rng, brand, tier);
        boolean contract = Rngs.chance(rng, plan.commitFen() > 0 ? 0.65 : 0.1);
        // Some old agreements commit less than today's plans do: high bills without a real commitment.
        long legacyCommit = contract && plan.commitFen() >= 8800 && Rngs.chance(rng, 0.08)
                ? (rng.nextBoolean() ? 5800 : 6800)
                : -1;
        LocalDate contractEnd = contract || Rngs.chance(rng, 0.12)
                ? Dates.between(rng, firstMonth.minusMonths(2).atDay(1), lastMonth.plusMonths(24).atEndOfMonth())
                : null;

        double planWeight = (double) plan.feeFen() / Plans.typicalFeeFen(brand);
        double groupLift = groupId != null ? 1.15 : 1.0;
        double mou = Rngs.lognormal(rng, MOU_MEDIAN[brand.ordinal()] * MOU_BY_TIER[tier.ordinal()] * groupLift
                * StrictMath.pow(planWeight, 0.35), 0.6);
        double data = Rngs.lognormal(rng, DATA_OF_ALLOWANCE[brand.ordinal()] * plan.plan().dataMb(), 0.5);
        double sms = Rngs.lognormal(rng, SMS_MEDIAN[brand.ordinal()], 0.9);
        boolean hasExtras = Rngs.chance(rng, 0.8);
        double extras = Rngs.lognormal(rng, EXTRAS_MEDIAN[brand.ordinal()] * EXTRAS_BY_TIER[tier.ordinal()], 0.8);

        double usualBill = plan.feeFen() / 100.0 + (hasExtras ? extras : 0);
        long points = Rngs.chance(rng, 0.04) ? 0
                : Math.round(usualBill * Math.min(tenureMonths, 1 + rng.nextInt(24)) * Rngs.noise(rng, 0.4));
        LocalDate pointsExpiry = pointsExpiry(rng, points);

        double proneness = CHURN_BY_BRAND[brand.ordinal()] * CHURN_BY_TIER[tier.ordinal()]
                * (contract ? 0.7 : 1.2) * (tenureMonths - months < 12 ? 1.7 : 1.0) / MEAN_PRONENESS;
        double c = rng.nextDouble();
        Boolean consent = c < 0.70 ? Boolean.TRUE : c < 0.99 ? Boolean.FALSE : null;
        boolean dnd = Rngs.chance(rng, 0.03);

        return new Profile(index, msisdn, name, gender, birthDate, lunar, region, branch, brand, tier, tierKnown,
                groupId, joinDate, joiner, joinIndex, joinFraction, plan, contract, legacyCommit, contractEnd, points,
                pointsExpiry, consent, dnd, mou, data, sms, extras, hasExtras, proneness);
    }

    /** Points are cleared at year end (积分清零) for most, on a rolling date for some. */
    private LocalDate pointsExpiry(SplittableRandom rng, long points) {
        if (points == 0 || Rngs.chance(rng, 0.03)) {
            return null;
        }
        if (Rngs.chance(rng, 0.2)) {
            LocalDate from = lastMonth.atDay(1);
            return from.plus(1 + rng.nextInt(365), ChronoUnit.DAYS);
        }
        int year = lastMonth.getYear() + (Rngs.chance(rng, 0.3) ? 1 : 0);
        return LocalDate.of(year, 12, 31);
    }
}
