package dev.retain.engine.churn;

import java.util.Locale;
import java.util.Map;

/**
 * A churn reason in words, zh-CN and English: the feature that pushed the score up most,
 * with the subscriber's own value ("Bill this month is 42% of the 3 months before"). The
 * words describe the value; the SHAP contribution behind it says that it raised the risk.
 */
public final class ReasonPhrases {

    private static final Map<String, String[]> METRICS = Map.of(
            "bill", new String[] {"话费", "bill", "元", " CNY"},
            "mou", new String[] {"主叫分钟", "outgoing minutes", "分钟", " min"},
            "data", new String[] {"流量", "data", "MB", " MB"},
            "sms", new String[] {"短信", "SMS", "条", ""});

    private static final Map<String, String[]> KINDS = Map.of(
            "1m", new String[] {"本月%s %s", "%s this month: %s"},
            "3m_mean", new String[] {"近3个月平均%s %s", "%s, 3-month average: %s"},
            "6m_mean", new String[] {"近6个月平均%s %s", "%s, 6-month average: %s"},
            "change_1m", new String[] {"%s较上月变化 %s", "%s change on last month: %s"},
            "ratio_1m_3m", new String[] {"本月%s为前3个月均值的 %s", "%s this month is %s of the 3 months before"},
            "ratio_3m_6m", new String[] {"近3个月%s为此前3个月的 %s", "%s over 3 months is %s of the 3 months before"},
            "slope_6m", new String[] {"近6个月%s每月趋势 %s", "%s trend over 6 months: %s a month"},
            "volatility_6m", new String[] {"近6个月%s波动系数 %s", "%s volatility over 6 months: %s"});

    private static final Map<String, String[]> OTHERS = Map.ofEntries(
            Map.entry("months_of_history", new String[] {"近6个月仅有 %s 个月的使用记录", "only %s of the last 6 months with usage"}),
            Map.entry("inactive_months_6m", new String[] {"近6个月有 %s 个月处于停机或预销户", "suspended or pre-cancelled in %s of the last 6 months"}),
            Map.entry("months_since_inactive", new String[] {"%s 个月前曾停机", "suspended %s months ago"}),
            Map.entry("state_now", new String[] {"当前账户状态（%s）", "account state now (%s)"}),
            Map.entry("tenure_months", new String[] {"网龄 %s 个月", "a customer for %s months"}),
            Map.entry("months_to_contract_end", new String[] {"合约 %s 个月后到期", "contract ends in %s months"}),
            Map.entry("min_commit", new String[] {"最低消费 %s 元", "minimum commitment %s CNY"}),
            Map.entry("points", new String[] {"积分 %s", "%s loyalty points"}),
            Map.entry("days_to_points_expiry", new String[] {"积分 %s 天后清零", "points expire in %s days"}),
            Map.entry("tier", new String[] {"VIP等级（%s）", "VIP tier (%s)"}),
            Map.entry("brand_gotone", new String[] {"全球通品牌", "GoTone brand"}),
            Map.entry("brand_mzone", new String[] {"动感地带品牌", "M-Zone brand"}),
            Map.entry("brand_easyown", new String[] {"神州行品牌", "EasyOwn brand"}),
            Map.entry("competitor_share", new String[] {"与他网通话占比 %s", "%s of calls to other operators"}),
            Map.entry("max_competitor_peer_calls", new String[] {"与同一他网号码通话 %s 次", "%s calls to one other-operator number"}),
            Map.entry("complaints_1m", new String[] {"本月投诉 %s 次", "%s complaints this month"}),
            Map.entry("complaints_3m", new String[] {"近3个月投诉 %s 次", "%s complaints in 3 months"}));

    // in the order of AccountState, and of the tier feature (none 0 … diamond 3)
    private static final String[] STATES_ZH = {"正常", "停机", "预销户", "销户"};
    private static final String[] STATES_EN = {"active", "suspended", "pre-cancelled", "cancelled"};
    private static final String[] TIERS_ZH = {"普通", "银卡", "金卡", "钻石卡"};
    private static final String[] TIERS_EN = {"none", "silver", "gold", "diamond"};

    private ReasonPhrases() {
    }

    /** The reason in words; {@code value} NaN reads "unknown". Unknown features are named as they are. */
    public static String phrase(String feature, float value, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        int lang = zh ? 0 : 1;
        String[] other = OTHERS.get(feature);
        if (other != null) {
            String v = switch (feature) {
                case "competitor_share" -> percent(value, zh);
                case "state_now" -> named(value, zh ? STATES_ZH : STATES_EN, zh);
                case "tier" -> named(value, zh ? TIERS_ZH : TIERS_EN, zh);
                default -> number(value, zh);
            };
            return other[lang].contains("%s") ? String.format(Locale.ROOT, other[lang], v) : other[lang];
        }
        int cut = feature.indexOf('_');
        String[] metric = cut < 0 ? null : METRICS.get(feature.substring(0, cut));
        String[] kind = cut < 0 ? null : KINDS.get(feature.substring(cut + 1));
        if (metric == null || kind == null) return feature;
        String kindName = feature.substring(cut + 1);
        String v = kindName.startsWith("ratio") ? percent(value, zh)
                : kindName.startsWith("volatility") ? number(value, zh)
                : number(value, zh) + (zh ? metric[2] : metric[3]);
        String name = zh ? metric[0] : metric[1];
        String text = String.format(Locale.ROOT, kind[lang], name, v);
        return zh ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String number(float v, boolean zh) {
        if (Float.isNaN(v)) return zh ? "未知" : "unknown";
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String named(float v, String[] names, boolean zh) {
        if (Float.isNaN(v) || v < 0 || v >= names.length) return zh ? "未知" : "unknown";
        return names[(int) v];
    }

    private static String percent(float v, boolean zh) {
        if (Float.isNaN(v)) return zh ? "未知" : "unknown";
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
