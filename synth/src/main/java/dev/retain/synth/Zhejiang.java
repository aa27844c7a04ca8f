package dev.retain.synth;

import java.util.List;
import java.util.SplittableRandom;

/** The eleven prefecture-level cities of Zhejiang, weighted by their 2020 census population. */
final class Zhejiang {

    static final List<Region> REGIONS = List.of(
            Region.of(0, "hangzhou", "HZ", "杭州", 11.94, "shangcheng", "xihu", "gongshu", "binjiang",
                    "xiaoshan", "yuhang", "linping", "qiantang", "fuyang", "linan", "tonglu", "chunan", "jiande"),
            Region.of(1, "ningbo", "NB", "宁波", 9.40, "haishu", "yinzhou", "jiangbei", "beilun", "zhenhai",
                    "cixi", "yuyao", "fenghua", "ninghai", "xiangshan"),
            Region.of(2, "wenzhou", "WZ", "温州", 9.57, "lucheng", "ouhai", "longwan", "ruian", "yueqing",
                    "longgang", "pingyang", "cangnan", "yongjia", "dongtou", "wencheng", "taishun"),
            Region.of(3, "jiaxing", "JX", "嘉兴", 5.40, "nanhu", "xiuzhou", "haining", "tongxiang", "pinghu",
                    "jiashan", "haiyan"),
            Region.of(4, "huzhou", "HU", "湖州", 3.37, "wuxing", "nanxun", "changxing", "deqing", "anji"),
            Region.of(5, "shaoxing", "SX", "绍兴", 5.27, "yuecheng", "keqiao", "shangyu", "zhuji", "shengzhou",
                    "xinchang"),
            Region.of(6, "jinhua", "JH", "金华", 7.05, "wucheng", "jindong", "yiwu", "dongyang", "yongkang",
                    "lanxi", "wuyi", "pujiang", "panan"),
            Region.of(7, "quzhou", "QZ", "衢州", 2.28, "kecheng", "qujiang", "jiangshan", "longyou", "changshan",
                    "kaihua"),
            Region.of(8, "zhoushan", "ZS", "舟山", 1.16, "dinghai", "putuo", "daishan", "shengsi"),
            Region.of(9, "taizhou", "TZ", "台州", 6.62, "jiaojiang", "huangyan", "luqiao", "wenling", "linhai",
                    "yuhuan", "tiantai", "xianju", "sanmen"),
            Region.of(10, "lishui", "LS", "丽水", 2.51, "liandu", "longquan", "qingtian", "jinyun", "suichang",
                    "songyang", "yunhe", "qingyuan", "jingning"));

    /**
     * The regions deliberately staffed at 70% of the headcount they need, so that the
     * assignment's "managers short" report and the other-region overflow have work to do.
     */
    static final List<String> SHORT_OF_MANAGERS = List.of("wenzhou", "jinhua");

    private static final double[] CUMULATIVE = Rngs.cumulative(
            REGIONS.stream().mapToDouble(Region::share).toArray());

    private Zhejiang() {
    }

    static Region pick(SplittableRandom rng) {
        return REGIONS.get(Rngs.pick(rng, CUMULATIVE));
    }

    /** The region's share of subscribers, normalised to 1 over the province. */
    static double weight(Region region) {
        return region.share() / CUMULATIVE[CUMULATIVE.length - 1];
    }
}
