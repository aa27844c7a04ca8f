package dev.retain.app.campaign.offer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's offer catalogue ({@code retain demo}): one offer of each kind, valid from today for a year, with rules that
 * fit a fair share of the synthetic province's customers (a zone to watch, some tenure, a usage that fell). Once: an
 * offer whose code is already in the catalogue is left as it is, so a later start changes nothing a supervisor changed.
 */
@Service
public class OfferDemo {

    private record Seed(String code, String zh, String en, OfferKind kind, Map<String, String> params, String rule, String cost, Integer stock,
                        String prior) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("DEMO-PREPAY-300", "预存 300 元返 120 元", "Prepay 300, get 120 back", OfferKind.PREPAY_BONUS,
                    Map.of("deposit", "300", "bonus", "120", "months", "12"), "zone in ['yellow', 'red'] && bill >= 50.0", "40", null, "0.18"),
            new Seed("DEMO-GIFT-CUP", "老客户保温杯", "Vacuum flask for loyal customers", OfferKind.GIFT,
                    Map.of("item", "保温杯", "value", "45"), "tenure_months >= 24", "45", 500, "0.30"),
            new Seed("DEMO-HANDSET", "按网龄购机直降", "Handset discount by tenure", OfferKind.HANDSET_DISCOUNT,
                    Map.of("bands", "0-11:100;12-35:300;36+:600"), "tenure_months >= 12 && zone != 'blue'", "250", 200, "0.08"),
            new Seed("DEMO-FAMILY-4", "四人家庭套餐七折", "Family plan for four, 30% off", OfferKind.FAMILY_PLAN,
                    Map.of("max_members", "4", "discount_percent", "30"), "max_competitor_peer_calls >= 5 || in_group", "25", null, "0.12"),
            new Seed("DEMO-VIDEO-TRIAL", "咪咕视频会员两月免费体验", "Two free months of Migu Video", OfferKind.ADDON_TRIAL,
                    Map.of("addon", "咪咕视频会员", "trial_months", "2", "price_after", "15"), "data_mb >= 1024.0", "10", null, "0.35"),
            new Seed("DEMO-POINTS", "网龄积分回馈", "Tenure points", OfferKind.TENURE_POINTS,
                    Map.of("points_per_year", "500", "min_tenure_months", "24"), "tenure_months >= 24 && tier != 'none'", "15", null, "0.40"),
            new Seed("DEMO-DATA-10G", "10GB 流量包三个月", "10 GB data a month for three months", OfferKind.DATA_PACK,
                    Map.of("data_mb", "10240", "months", "3", "price", "0"), "data_change_pct <= -20.0 || zone == 'yellow'", "18", 1000, "0.25"),
            new Seed("DEMO-VOICE-300", "300 分钟语音包两个月", "300 minutes a month for two months", OfferKind.VOICE_PACK,
                    Map.of("minutes", "300", "months", "2", "price", "0"), "mou_change_pct <= -20.0 || mou >= 300", "12", null, "0.22"));

    private final Offers offers;
    private final Clock clock;

    OfferDemo(Offers offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    /** Seeds the offers not in the catalogue yet; returns how many offers of the demo the catalogue has. */
    @Transactional
    public int seed() {
        LocalDate today = LocalDate.now(clock);
        List<String> present = offers.list().stream().map(Offer::code).toList();
        for (Seed s : SEEDS) {
            if (present.contains(s.code())) continue;
            offers.create(new OfferDraft(s.code(), s.zh(), s.en(), s.kind().code(), s.params(), s.rule(), new BigDecimal(s.cost()), today,
                    today.plusYears(1), s.stock(), new BigDecimal(s.prior())), "demo");
        }
        return SEEDS.size();
    }

    static List<String> codes() {
        return SEEDS.stream().map(Seed::code).toList();
    }
}
