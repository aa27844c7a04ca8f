package dev.retain.synth;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Plan;
import dev.retain.engine.value.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The plan catalogue: cheap Easyown packs to the 588 CNY GoTone plan. Per brand the plans
 * form a ladder (cheapest first), which is also how a price-sensitive subscriber steps down.
 */
final class Plans {

    static final String HEADER =
            "plan_id,name,monthly_fee,voice_min,data_mb,sms,over_voice_per_min,over_data_per_mb,over_sms";

    static final List<CataloguePlan> ALL = List.of(
            plan(0, "ez-8", "神州行8元保号套餐", Brand.EASYOWN, 800, 0, 100, 0, 19, 3, 10, 0),
            plan(1, "ez-18", "神州行18元畅聊套餐", Brand.EASYOWN, 1800, 100, 1024, 50, 19, 3, 10, 0),
            plan(2, "ez-38", "神州行38元家园套餐", Brand.EASYOWN, 3800, 300, 5120, 100, 15, 1, 10, 0),
            plan(3, "ez-58", "神州行58元亲情套餐", Brand.EASYOWN, 5800, 500, 10240, 100, 15, 1, 10, 5800),
            plan(4, "mz-19", "动感地带19元校园套餐", Brand.MZONE, 1900, 50, 10240, 100, 19, 1, 10, 0),
            plan(5, "mz-39", "动感地带39元芒果卡", Brand.MZONE, 3900, 100, 30720, 100, 15, 1, 10, 0),
            plan(6, "mz-59", "动感地带59元潮玩套餐", Brand.MZONE, 5900, 200, 40960, 200, 15, 1, 10, 5800),
            plan(7, "mz-99", "动感地带99元畅享套餐", Brand.MZONE, 9900, 500, 61440, 300, 15, 1, 10, 8800),
            plan(8, "gt-128", "全球通128元商旅套餐", Brand.GOTONE, 12800, 700, 30720, 200, 15, 1, 10, 8800),
            plan(9, "gt-188", "全球通188元商旅套餐", Brand.GOTONE, 18800, 1000, 40960, 300, 12, 1, 10, 12800),
            plan(10, "gt-288", "全球通288元畅享套餐", Brand.GOTONE, 28800, 1500, 61440, 500, 10, 1, 10, 18800),
            plan(11, "gt-388", "全球通388元尊享套餐", Brand.GOTONE, 38800, 2500, 102400, 800, 10, 1, 10, 28800),
            plan(12, "gt-588", "全球通588元至尊套餐", Brand.GOTONE, 58800, 4000, 204800, 1000, 10, 1, 10, 38800));

    // Share of each rung of the brand's ladder by tier (diamond, gold, silver, none):
    // better cards sit on dearer plans, which is what ties tier to bill.
    private static final double[][][] LADDER_WEIGHTS = {
            // GOTONE: 128, 188, 288, 388, 588
            {{0, .10, .25, .35, .30}, {.05, .25, .35, .25, .10}, {.12, .40, .30, .13, .05}, {.22, .45, .22, .08, .03}},
            // MZONE: 19, 39, 59, 99
            {{0, 0, .30, .70}, {0, .10, .35, .55}, {.05, .25, .35, .35}, {.22, .38, .28, .12}},
            // EASYOWN: 8, 18, 38, 58
            {{0, 0, .30, .70}, {0, .10, .40, .50}, {.05, .20, .40, .35}, {.20, .40, .28, .12}},
    };

    private static final int[][] LADDERS = {
            {8, 9, 10, 11, 12},
            {4, 5, 6, 7},
            {0, 1, 2, 3},
    };

    private static final double[][][] LADDER_CUMULATIVE = new double[3][4][];

    static {
        for (int b = 0; b < 3; b++) {
            for (int t = 0; t < 4; t++) {
                LADDER_CUMULATIVE[b][t] = Rngs.cumulative(LADDER_WEIGHTS[b][t]);
            }
        }
    }

    private Plans() {
    }

    private static CataloguePlan plan(int index, String id, String name, Brand brand, long feeFen, long voiceMin, long dataMb, long sms,
                                      long overVoiceFen, long overDataFen, long overSmsFen, long commitFen) {
        return new CataloguePlan(index, brand, commitFen, new Plan(id, name, feeFen, voiceMin, dataMb, sms, overVoiceFen, overDataFen, overSmsFen));
    }

    static CataloguePlan pick(SplittableRandom rng, Brand brand, Tier tier) {
        int[] ladder = LADDERS[brand.ordinal()];
        return ALL.get(ladder[Rngs.pick(rng, LADDER_CUMULATIVE[brand.ordinal()][tier.ordinal()])]);
    }

    /** The next cheaper plan of the same brand, or the plan itself at the bottom of the ladder. */
    static CataloguePlan cheaper(CataloguePlan plan) {
        int[] ladder = LADDERS[plan.brand().ordinal()];
        for (int i = 1; i < ladder.length; i++) {
            if (ladder[i] == plan.index()) {
                return ALL.get(ladder[i - 1]);
            }
        }
        return plan;
    }

    /** Fee of the brand's middle rung, the yardstick for how heavy a plan is within its brand. */
    static long typicalFeeFen(Brand brand) {
        int[] ladder = LADDERS[brand.ordinal()];
        return ALL.get(ladder[ladder.length / 2]).feeFen();
    }

    static void write(Path file) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, HEADER.split(","))) {
            for (CataloguePlan c : ALL) {
                Plan p = c.plan();
                csv.field(p.id()).field(p.name()).money(p.monthlyFeeFen()).field(p.voiceMinutes()).field(p.dataMb())
                        .field(p.sms()).money(p.overVoicePerMinFen()).money(p.overDataPerMbFen())
                        .money(p.overSmsFen()).endRow();
            }
        }
    }
}
