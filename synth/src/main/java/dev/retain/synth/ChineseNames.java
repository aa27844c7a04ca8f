package dev.retain.synth;

import java.util.SplittableRandom;

/**
 * Chinese person and company names from small character tables. Surnames are weighted
 * roughly by how common they are in Zhejiang; given names have one or two characters.
 */
final class ChineseNames {

    // Most common first; the weight of the i-th surname falls off like 1/(i+3).
    private static final String[] SURNAMES = (
            "王陈张李吴徐周金刘杨朱黄俞何胡郑林沈孙叶应章蒋赵方潘钱汪许楼傅邵谢冯任董程郭马姚"
            + "韩曹丁孔华蔡鲍毛卢江施洪余吕袁夏邱范贾宋翁裘鲁戴陶严葛虞屠姜魏卓项柴")
            .codePoints().mapToObj(Character::toString).toArray(String[]::new);
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "诸葛", "司马", "上官"};
    private static final double[] SURNAME_CUMULATIVE;

    static {
        double[] w = new double[SURNAMES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = 1.0 / (i + 3);
        }
        SURNAME_CUMULATIVE = Rngs.cumulative(w);
    }

    private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国峰志文海东亮晨博毅";
    private static final String FEMALE = "芳娜敏静丽艳娟霞秀燕玲婷雪慧红萍颖琳洁倩璐佳欣怡梅莉丹蕾薇悦晶月彤瑶琪萌蓉雯";
    private static final String NEUTRAL = "子一思嘉安家晓小永雨天如春秋晨文新梓诗";

    private static final String[] TRADE = (
            "华信 恒达 永盛 金诚 宏远 东方 天成 锦华 瑞丰 鼎盛 万通 嘉禾 联创 中浩 博远 同创 兴业 "
            + "汇通 海纳 正元 之江 钱塘 越美 新安 富春 明珠 凯越 康泰 隆基 星辰 远洋 宝利 荣达 昌盛")
            .split(" ");
    private static final String[] INDUSTRY = (
            "科技 纺织 机械 电子 物流 建设 食品 医药 服饰 贸易 化工 汽车配件 五金 家具 印染 电气 "
            + "光电 网络 文化传媒 餐饮管理 水产 茶业 建材 包装 小商品 模具")
            .split(" ");

    private ChineseNames() {
    }

    /** A full name; {@code gender} is 'M', 'F' or 0 when unknown. */
    static String person(SplittableRandom rng, char gender) {
        StringBuilder sb = new StringBuilder(4);
        if (rng.nextInt(200) == 0) {
            sb.append(COMPOUND_SURNAMES[rng.nextInt(COMPOUND_SURNAMES.length)]);
        } else {
            sb.append(SURNAMES[Rngs.pick(rng, SURNAME_CUMULATIVE)]);
        }
        String pool = gender == 'M' ? MALE : gender == 'F' ? FEMALE : (rng.nextBoolean() ? MALE : FEMALE);
        if (rng.nextInt(10) < 7) {
            // Two-character given names mostly lead with a generic character.
            sb.append(rng.nextBoolean() ? NEUTRAL.charAt(rng.nextInt(NEUTRAL.length())) : pool.charAt(rng.nextInt(pool.length())));
        }
        sb.append(pool.charAt(rng.nextInt(pool.length())));
        return sb.toString();
    }

    /** A company name such as 杭州恒达纺织有限公司. */
    static String company(SplittableRandom rng, Region region) {
        String place = rng.nextInt(10) == 0 ? "浙江" : region.chineseName();
        String trade = TRADE[rng.nextInt(TRADE.length)];
        String industry = INDUSTRY[rng.nextInt(INDUSTRY.length)];
        int form = rng.nextInt(20);
        String suffix = form < 12 ? "有限公司" : form < 17 ? "股份有限公司" : "集团有限公司";
        return place + trade + industry + suffix;
    }
}
