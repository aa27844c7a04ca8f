package dev.retain.app.admin.internal;

import dev.retain.app.core.BusinessClock;
import dev.retain.engine.care.CareSettingKeys;
import dev.retain.engine.cycle.CycleSettingKeys;
import dev.retain.engine.cycle.SettingSpec;
import dev.retain.engine.cycle.SettingsLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting an admin may change, grouped as the settings page shows them: the engine's
 * (retain-defaults.properties, with their ranges from {@link CycleSettingKeys}) and the app's
 * own (the business time zone, the workbench's "soon"). Defaults and ranges live here and in
 * the engine only; the database holds what an admin changed.
 */
public final class SettingsCatalogue {

    public static final String BUSINESS_TIME_ZONE = "business.time-zone";
    public static final String CONTRACT_ENDING_DAYS = "workbench.contract-ending-days";
    public static final String POINTS_EXPIRING_DAYS = "workbench.points-expiring-days";
    /** The contact policy's caps (marketing and care messages per customer and channel) and quiet hours (notify module). */
    public static final String WEEKLY_CAP = "contact.weekly-cap";
    public static final String MONTHLY_CAP = "contact.monthly-cap";
    public static final String QUIET_HOURS_START = "contact.quiet-hours-start";
    public static final String QUIET_HOURS_END = "contact.quiet-hours-end";
    /** The manager assessment's weights (assessment module, R12.3): one per measure, in the order the page shows them. */
    public static final List<String> ASSESSMENT_WEIGHTS = List.of("assessment.weight.contact", "assessment.weight.completion",
            "assessment.weight.timeliness", "assessment.weight.retention", "assessment.weight.satisfaction");
    private static final List<String> ASSESSMENT_DEFAULTS = List.of("25", "20", "15", "25", "15");

    /** One setting with its built-in default. */
    public record Entry(SettingSpec spec, String defaultValue) {
        public String key() {
            return spec.key();
        }
    }

    /** A card of the page; {@code id} names its title (admin.settings.group.&lt;id&gt;). */
    public record Group(String id, List<Entry> entries) {
    }

    public static final List<Group> GROUPS = groups();

    private static final Map<String, Entry> BY_KEY = byKey();

    private SettingsCatalogue() {
    }

    public static Optional<Entry> entry(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every key with its built-in default, in page order. */
    public static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        BY_KEY.forEach((k, e) -> d.put(k, e.defaultValue()));
        return d;
    }

    /** Whether the engine reads this key (the rest are the app's own). */
    public static boolean engineKey(String key) {
        return CycleSettingKeys.spec(key).isPresent();
    }

    private static List<Group> groups() {
        List<Group> g = new ArrayList<>();
        g.add(engine("zones", CycleSettingKeys.HIGH_VALUE_BILL, CycleSettingKeys.OUTGOING_MOU, CycleSettingKeys.MIN_COMMIT));
        List<String> tiers = new ArrayList<>();
        for (String tier : List.of("diamond", "gold", "silver")) {
            tiers.addAll(List.of(CycleSettingKeys.tierMinMeanBill(tier), CycleSettingKeys.tierMinTenureMonths(tier), CycleSettingKeys.tierBrands(tier)));
        }
        g.add(engine("tiers", tiers.toArray(String[]::new)));
        g.add(engine("assignment", CycleSettingKeys.CUSTOMER_MANAGER_CAPACITY, CycleSettingKeys.PHONE_MANAGER_CAPACITY,
                CycleSettingKeys.CALLS_PER_PHONE_MANAGER));
        g.add(engine("cycle", CycleSettingKeys.HORIZON_MONTHS, CycleSettingKeys.MAX_REJECT_RATE));
        g.add(engine("value", CycleSettingKeys.VALUE_MARGIN, CycleSettingKeys.VALUE_DISCOUNT_RATE, CycleSettingKeys.VALUE_HORIZON_MONTHS));
        g.add(new Group("workbench", List.of(
                // "soon" is within the next year at most: a contract ending further away needs no call yet
                new Entry(SettingSpec.whole(CONTRACT_ENDING_DAYS, 1, 365), "60"),
                new Entry(SettingSpec.whole(POINTS_EXPIRING_DAYS, 1, 365), "60"))));
        g.add(new Group("contact", List.of(
                // caps count marketing and care messages that went out in a calendar week (Monday to Sunday) or month
                // of the business zone; more than 50 a week is no longer a cap, and a typo with an extra zero lands outside
                new Entry(SettingSpec.whole(WEEKLY_CAP, 1, 50), "2"),
                new Entry(SettingSpec.whole(MONTHLY_CAP, 1, 200), "6"),
                // whole hours of the business zone: no SMS 21:00–08:00 by default; start = end switches quiet hours off
                new Entry(SettingSpec.whole(QUIET_HOURS_START, 0, 23), "21"),
                new Entry(SettingSpec.whole(QUIET_HOURS_END, 0, 23), "8"))));
        // the care calendar's lead days, reminder floor and "no contact for N days" by tier (engine CareSettingKeys)
        List<Entry> care = new ArrayList<>();
        for (SettingSpec spec : CareSettingKeys.SPECS) care.add(new Entry(spec, CareSettingKeys.DEFAULTS.get(spec.key())));
        g.add(new Group("care", List.copyOf(care)));
        // each 0–100: a measure's share is its weight over the sum of the weights of the measures a manager has a score for
        List<Entry> assessment = new ArrayList<>();
        for (int i = 0; i < ASSESSMENT_WEIGHTS.size(); i++) {
            assessment.add(new Entry(SettingSpec.whole(ASSESSMENT_WEIGHTS.get(i), 0, 100), ASSESSMENT_DEFAULTS.get(i)));
        }
        g.add(new Group("assessment", List.copyOf(assessment)));
        g.add(new Group("time", List.of(new Entry(SettingSpec.timeZone(BUSINESS_TIME_ZONE), BusinessClock.DEFAULT_ZONE.getId()))));
        return List.copyOf(g);
    }

    private static Group engine(String id, String... keys) {
        List<Entry> entries = new ArrayList<>();
        for (String key : keys) {
            entries.add(new Entry(CycleSettingKeys.spec(key).orElseThrow(), SettingsLoader.defaultValues().get(key)));
        }
        return new Group(id, List.copyOf(entries));
    }

    private static Map<String, Entry> byKey() {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Group group : GROUPS) for (Entry e : group.entries()) m.put(e.key(), e);
        return Collections.unmodifiableMap(m);
    }
}
