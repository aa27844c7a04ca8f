package dev.retain.engine.care;

import dev.retain.engine.cycle.SettingProblem;
import dev.retain.engine.cycle.SettingSpec;
import dev.retain.engine.value.Tier;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of the care calendar: how many days ahead each moment is prepared, the minimum
 * points worth a reminder, how long a state turn stays fresh and "no contact for N days" by tier
 * (0 = none for that tier; the tier "none" gets none).
 */
public record CareSettings(Map<MomentKind, Integer> leadDays, long minPoints, int stateFreshDays, Map<Tier, Integer> noContactDays) {

    public CareSettings {
        leadDays = Map.copyOf(leadDays);
        noContactDays = Map.copyOf(noContactDays);
    }

    public static CareSettings defaults() {
        return from(Map.of());
    }

    /** From settings by key (missing keys take their defaults); a value out of its range is refused with the key named. */
    public static CareSettings from(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(CareSettingKeys.DEFAULTS);
        all.putAll(values);
        Map<MomentKind, Integer> lead = new EnumMap<>(MomentKind.class);
        lead.put(MomentKind.BIRTHDAY, whole(all, CareSettingKeys.BIRTHDAY_LEAD_DAYS));
        lead.put(MomentKind.FESTIVAL, whole(all, CareSettingKeys.FESTIVAL_LEAD_DAYS));
        lead.put(MomentKind.POINTS_EXPIRY, whole(all, CareSettingKeys.POINTS_EXPIRY_LEAD_DAYS));
        lead.put(MomentKind.CONTRACT_EXPIRY, whole(all, CareSettingKeys.CONTRACT_EXPIRY_LEAD_DAYS));
        lead.put(MomentKind.NO_CONTACT, whole(all, CareSettingKeys.NO_CONTACT_LEAD_DAYS));
        lead.put(MomentKind.REGION_EVENT, whole(all, CareSettingKeys.REGION_EVENT_LEAD_DAYS));
        // a state turn is in the past when it is seen: nothing to prepare ahead
        lead.put(MomentKind.PAYMENT_DUE, 0);
        lead.put(MomentKind.SUSPENSION, 0);
        Map<Tier, Integer> gap = new EnumMap<>(Tier.class);
        for (Tier t : new Tier[] {Tier.DIAMOND, Tier.GOLD, Tier.SILVER}) gap.put(t, whole(all, CareSettingKeys.noContactDays(t.code())));
        gap.put(Tier.NONE, 0);
        return new CareSettings(lead, whole(all, CareSettingKeys.POINTS_EXPIRY_MIN_POINTS), whole(all, CareSettingKeys.STATE_FRESH_DAYS), gap);
    }

    public int lead(MomentKind kind) {
        return leadDays.get(kind);
    }

    public int noContactDays(Tier tier) {
        return noContactDays.get(tier);
    }

    private static int whole(Map<String, String> values, String key) {
        SettingSpec spec = CareSettingKeys.spec(key).orElseThrow();
        Optional<SettingProblem> problem = spec.check(values.get(key));
        if (problem.isPresent()) throw new IllegalArgumentException(key + ": " + problem.get().describe());
        return Integer.parseInt(spec.canonical(values.get(key)));
    }
}
