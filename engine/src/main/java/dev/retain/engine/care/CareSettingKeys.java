package dev.retain.engine.care;

import dev.retain.engine.cycle.SettingSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The care calendar's settings, their defaults and sane ranges (the same {@link SettingSpec}
 * checks as the cycle's settings, so the admin's settings page can take them over as they are).
 */
public final class CareSettingKeys {

    public static final String BIRTHDAY_LEAD_DAYS = "care.birthday.lead-days";
    public static final String FESTIVAL_LEAD_DAYS = "care.festival.lead-days";
    public static final String POINTS_EXPIRY_LEAD_DAYS = "care.points-expiry.lead-days";
    public static final String POINTS_EXPIRY_MIN_POINTS = "care.points-expiry.min-points";
    public static final String CONTRACT_EXPIRY_LEAD_DAYS = "care.contract-expiry.lead-days";
    public static final String NO_CONTACT_LEAD_DAYS = "care.no-contact.lead-days";
    public static final String REGION_EVENT_LEAD_DAYS = "care.region-event.lead-days";
    public static final String STATE_FRESH_DAYS = "care.state.fresh-days";

    /** care.no-contact.diamond-days and the like: "no contact for N days" by tier. */
    public static String noContactDays(String tier) {
        return "care.no-contact." + tier + "-days";
    }

    /** Every key with its default, in the order the admin sees them. */
    public static final Map<String, String> DEFAULTS = defaults();

    /** Every setting's range. */
    public static final List<SettingSpec> SPECS = List.of(
            // a greeting prepared more than two months ahead is forgotten by the day; a gift takes a week
            SettingSpec.whole(BIRTHDAY_LEAD_DAYS, 0, 60),
            SettingSpec.whole(FESTIVAL_LEAD_DAYS, 0, 60),
            // points and contracts: operators remind one to three months ahead; half a year is the most that still reads as a reminder
            SettingSpec.whole(POINTS_EXPIRY_LEAD_DAYS, 0, 180),
            // 0 = remind every balance; ten million points is beyond any card
            SettingSpec.whole(POINTS_EXPIRY_MIN_POINTS, 0, 10_000_000),
            SettingSpec.whole(CONTRACT_EXPIRY_LEAD_DAYS, 0, 180),
            // the reminder comes this many days before the gap reaches the tier's limit
            SettingSpec.whole(NO_CONTACT_LEAD_DAYS, 0, 30),
            SettingSpec.whole(REGION_EVENT_LEAD_DAYS, 0, 30),
            // a state turn is seen with the closed month's data, a few days after the month: care within two months or not at all
            SettingSpec.whole(STATE_FRESH_DAYS, 1, 62),
            // a week is the shortest sensible round of calls, over a year is no frequency target; 0 = no reminders for the tier
            SettingSpec.whole(noContactDays("diamond"), 0, 400),
            SettingSpec.whole(noContactDays("gold"), 0, 400),
            SettingSpec.whole(noContactDays("silver"), 0, 400));

    private CareSettingKeys() {
    }

    public static Optional<SettingSpec> spec(String key) {
        return SPECS.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static Map<String, String> defaults() {
        java.util.LinkedHashMap<String, String> d = new java.util.LinkedHashMap<>();
        d.put(BIRTHDAY_LEAD_DAYS, "3");
        d.put(FESTIVAL_LEAD_DAYS, "7");
        d.put(POINTS_EXPIRY_LEAD_DAYS, "30");
        d.put(POINTS_EXPIRY_MIN_POINTS, "1");
        d.put(CONTRACT_EXPIRY_LEAD_DAYS, "30");
        d.put(NO_CONTACT_LEAD_DAYS, "7");
        d.put(REGION_EVENT_LEAD_DAYS, "0");
        d.put(STATE_FRESH_DAYS, "31");
        // R6.5: diamond 30, gold 60, silver 90
        d.put(noContactDays("diamond"), "30");
        d.put(noContactDays("gold"), "60");
        d.put(noContactDays("silver"), "90");
        return java.util.Collections.unmodifiableMap(d);
    }
}
