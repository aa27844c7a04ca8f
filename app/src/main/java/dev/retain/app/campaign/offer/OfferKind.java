package dev.retain.app.campaign.offer;

import static dev.retain.app.campaign.offer.OfferParam.bands;
import static dev.retain.app.campaign.offer.OfferParam.count;
import static dev.retain.app.campaign.offer.OfferParam.money;
import static dev.retain.app.campaign.offer.OfferParam.text;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of offer (SPEC R7.1, seed 002's exclusive rewards) and the parameters each one needs. Money is CNY.
 * <ul>
 * <li>prepay bonus: deposit X, get Y back spread over N months;</li>
 * <li>gift: an item and what it is worth;</li>
 * <li>handset discount by tenure band: the discount for each band of tenure months;</li>
 * <li>family plan: up to N members, each member's monthly fee cut by a percentage;</li>
 * <li>add-on service trial: one add-on free for the trial months (two by default), then the customer opts in to pay;</li>
 * <li>tenure points: points per year of tenure, from a minimum tenure;</li>
 * <li>data pack and voice pack: MB or minutes a month for some months, at a price (0: free).</li>
 * </ul>
 */
public enum OfferKind {
    PREPAY_BONUS("prepay_bonus", List.of(money("deposit", 1, 100_000), money("bonus", 1, 100_000), count("months", 1, 36))),
    GIFT("gift", List.of(text("item"), money("value", 0, 100_000))),
    HANDSET_DISCOUNT("handset_discount", List.of(bands("bands"))),
    FAMILY_PLAN("family_plan", List.of(count("max_members", 2, 10), count("discount_percent", 1, 100))),
    ADDON_TRIAL("addon_trial", List.of(text("addon"), count("trial_months", 1, 6), money("price_after", 0, 10_000))),
    TENURE_POINTS("tenure_points", List.of(count("points_per_year", 1, 100_000), count("min_tenure_months", 0, 600))),
    DATA_PACK("data_pack", List.of(count("data_mb", 1, 1_000_000), count("months", 1, 12), money("price", 0, 10_000))),
    VOICE_PACK("voice_pack", List.of(count("minutes", 1, 100_000), count("months", 1, 12), money("price", 0, 10_000)));

    private final String code;
    private final List<OfferParam> params;

    OfferKind(String code, List<OfferParam> params) {
        this.code = code;
        this.params = params;
    }

    /** As stored in offer.kind and named in messages ({@code offer.kind.<code>}). */
    public String code() {
        return code;
    }

    public List<OfferParam> params() {
        return params;
    }

    public static OfferKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new OfferRefused("kind", "offer.error.kind"));
    }

    /** This kind's parameters from {@code raw} (by name), checked, in the kind's order; other names are ignored. */
    Map<String, String> checked(Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OfferParam p : params) out.put(p.name(), p.checked(raw == null ? null : raw.get(p.name())));
        return out;
    }
}
