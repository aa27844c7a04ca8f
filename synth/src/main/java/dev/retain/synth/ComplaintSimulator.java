package dev.retain.synth;

import dev.retain.engine.csv.CsvWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * complaints.csv (issue 13): the complaints of a subscriber's months, drawn from their own
 * stream ({@link Rngs#COMPLAINTS}) so no other file changes. About one customer in ten complains
 * in a year; a drifting customer or a falling bill complains several times as often, and a
 * complaint makes another in the next two months likely (repeat complainants, mostly about the
 * same problem). One district has a network fault in the last month: a cluster of network
 * complaints within a week, as an area-wide case would collect them.
 */
final class ComplaintSimulator {

    static final String HEADER = "complaint_id,msisdn,received_at,channel,category,description,region,branch";

    private static final double MONTHLY_CHANCE = 0.008;
    private static final double DRIFT_FACTOR = 6;
    private static final double FALLING_BILL_FACTOR = 2.5;
    private static final double AFTER_COMPLAINT_FACTOR = 8;
    private static final double CLUSTER_CHANCE = 0.3;
    private static final double SAME_PROBLEM_AGAIN = 0.7;

    private static final String[] CATEGORIES = {"network", "billing", "service", "package", "value_added"};
    private static final double[] CATEGORY_CUMULATIVE = Rngs.cumulative(35, 30, 15, 12, 8);
    private static final String[][] DESCRIPTIONS = {
            {"家中信号差，经常掉线", "4G/5G网络时断时续，上网很慢", "小区附近没有信号，电话打不出去"},
            {"本月话费比平时多出很多，要求核查", "被扣了不认识的费用，要求退费", "套餐外流量费太高，质疑计费"},
            {"营业厅办理业务等候时间过长", "客服电话一直打不通", "工作人员态度差，问题没有解决"},
            {"改套餐后费用反而上涨", "合约到期后资费变化未提前告知", "宽带与手机融合套餐不符合宣传"},
            {"未经同意开通了增值业务", "彩铃业务退订不成功", "收到大量营销短信，要求停止"}};
    private static final String[] CHANNELS = {"hotline", "hall", "online_hall", "customer_manager", "phone_manager", "merchant"};
    private static final double[] CHANNEL_CUMULATIVE = Rngs.cumulative(55, 18, 15, 5, 4, 3);

    private final long seed;
    private final YearMonth firstMonth;
    private final String clusterBranch;

    ComplaintSimulator(long seed, YearMonth firstMonth) {
        this.seed = seed;
        this.firstMonth = firstMonth;
        this.clusterBranch = clusterBranch(seed);
    }

    /** The district of the last month's network fault: a central district of the seed's pick of the three largest cities. */
    static String clusterBranch(long seed) {
        Region region = Zhejiang.REGIONS.get((int) Math.floorMod(Rngs.mix(seed, -1L, Rngs.COMPLAINTS), 3L));
        return region.branches().get(1);
    }

    /** Writes the subscriber's complaints; returns how many. */
    int write(Profile p, Trajectory tr, CsvWriter csv) throws IOException {
        SplittableRandom rng = Rngs.forSubscriber(seed, p.index(), Rngs.COMPLAINTS);
        int written = 0;
        int lastComplaintMonth = Integer.MIN_VALUE;
        int lastCategory = -1;
        for (int t = 0; t < tr.months(); t++) {
            if (!tr.present(t)) continue;
            YearMonth month = firstMonth.plusMonths(t);
            double chance = MONTHLY_CHANCE * (1 + DRIFT_FACTOR * tr.drift[t]);
            if (t > 0 && tr.present(t - 1) && tr.billFen[t] < 0.8 * tr.billFen[t - 1]) chance *= FALLING_BILL_FACTOR;
            if (t - lastComplaintMonth <= 2) chance *= AFTER_COMPLAINT_FACTOR;
            int count = Rngs.chance(rng, Math.min(0.6, chance)) ? (Rngs.chance(rng, 0.15) ? 2 : 1) : 0;
            for (int k = 0; k < count; k++) {
                int category = lastCategory >= 0 && Rngs.chance(rng, SAME_PROBLEM_AGAIN) ? lastCategory : Rngs.pick(rng, CATEGORY_CUMULATIVE);
                row(p, rng, Dates.randomDay(rng, month), category, CHANNELS[Rngs.pick(rng, CHANNEL_CUMULATIVE)], written++, csv);
                lastCategory = category;
                lastComplaintMonth = t;
            }
            if (t == tr.months() - 1 && clusterBranch.equals(p.branch()) && Rngs.chance(rng, CLUSTER_CHANCE)) {
                // the fault lasts a week from the 10th; its complaints come in by phone and online
                LocalDate day = month.atDay(10 + rng.nextInt(7));
                row(p, rng, day, 0, rng.nextBoolean() ? "hotline" : "online_hall", written++, csv);
            }
        }
        return written;
    }

    private static void row(Profile p, SplittableRandom rng, LocalDate day, int category, String channel, int seq, CsvWriter csv)
            throws IOException {
        String time = day + "T" + two(8 + rng.nextInt(14)) + ":" + two(rng.nextInt(60)) + ":00";
        String[] texts = DESCRIPTIONS[category];
        csv.field("CP" + p.index() + "-" + seq).field(p.msisdn()).field(time).field(channel).field(CATEGORIES[category])
                .field(texts[rng.nextInt(texts.length)]).field(p.region().code()).field(p.branch()).endRow();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
