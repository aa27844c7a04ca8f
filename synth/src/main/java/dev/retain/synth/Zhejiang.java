package dev.retain.synth;

import static dev.retain.synth.Region.d;

import dev.retain.engine.csv.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The eleven prefecture-level cities of Zhejiang, weighted by their 2020 census population,
 * with their county-level districts and the names regions.csv gives them.
 */
final class Zhejiang {

    // Districts (区), county-level cities (市) and counties (县) as of 2021, central districts first.
    static final List<Region> REGIONS = List.of(
            Region.of(0, "hangzhou", "HZ", "杭州", "Hangzhou", 11.94,
                    d("shangcheng", "上城区", "Shangcheng District"), d("xihu", "西湖区", "Xihu District"),
                    d("gongshu", "拱墅区", "Gongshu District"), d("binjiang", "滨江区", "Binjiang District"),
                    d("xiaoshan", "萧山区", "Xiaoshan District"), d("yuhang", "余杭区", "Yuhang District"),
                    d("linping", "临平区", "Linping District"), d("qiantang", "钱塘区", "Qiantang District"),
                    d("fuyang", "富阳区", "Fuyang District"), d("linan", "临安区", "Lin'an District"),
                    d("tonglu", "桐庐县", "Tonglu County"), d("chunan", "淳安县", "Chun'an County"),
                    d("jiande", "建德市", "Jiande City")),
            Region.of(1, "ningbo", "NB", "宁波", "Ningbo", 9.40,
                    d("haishu", "海曙区", "Haishu District"), d("yinzhou", "鄞州区", "Yinzhou District"),
                    d("jiangbei", "江北区", "Jiangbei District"), d("beilun", "北仑区", "Beilun District"),
                    d("zhenhai", "镇海区", "Zhenhai District"), d("cixi", "慈溪市", "Cixi City"), d("yuyao", "余姚市", "Yuyao City"),
                    d("fenghua", "奉化区", "Fenghua District"), d("ninghai", "宁海县", "Ninghai County"),
                    d("xiangshan", "象山县", "Xiangshan County")),
            Region.of(2, "wenzhou", "WZ", "温州", "Wenzhou", 9.57,
                    d("lucheng", "鹿城区", "Lucheng District"), d("ouhai", "瓯海区", "Ouhai District"),
                    d("longwan", "龙湾区", "Longwan District"), d("ruian", "瑞安市", "Rui'an City"),
                    d("yueqing", "乐清市", "Yueqing City"), d("longgang", "龙港市", "Longgang City"),
                    d("pingyang", "平阳县", "Pingyang County"), d("cangnan", "苍南县", "Cangnan County"),
                    d("yongjia", "永嘉县", "Yongjia County"), d("dongtou", "洞头区", "Dongtou District"),
                    d("wencheng", "文成县", "Wencheng County"), d("taishun", "泰顺县", "Taishun County")),
            Region.of(3, "jiaxing", "JX", "嘉兴", "Jiaxing", 5.40,
                    d("nanhu", "南湖区", "Nanhu District"), d("xiuzhou", "秀洲区", "Xiuzhou District"),
                    d("haining", "海宁市", "Haining City"), d("tongxiang", "桐乡市", "Tongxiang City"),
                    d("pinghu", "平湖市", "Pinghu City"), d("jiashan", "嘉善县", "Jiashan County"),
                    d("haiyan", "海盐县", "Haiyan County")),
            Region.of(4, "huzhou", "HU", "湖州", "Huzhou", 3.37,
                    d("wuxing", "吴兴区", "Wuxing District"), d("nanxun", "南浔区", "Nanxun District"),
                    d("changxing", "长兴县", "Changxing County"), d("deqing", "德清县", "Deqing County"),
                    d("anji", "安吉县", "Anji County")),
            Region.of(5, "shaoxing", "SX", "绍兴", "Shaoxing", 5.27,
                    d("yuecheng", "越城区", "Yuecheng District"), d("keqiao", "柯桥区", "Keqiao District"),
                    d("shangyu", "上虞区", "Shangyu District"), d("zhuji", "诸暨市", "Zhuji City"),
                    d("shengzhou", "嵊州市", "Shengzhou City"), d("xinchang", "新昌县", "Xinchang County")),
            Region.of(6, "jinhua", "JH", "金华", "Jinhua", 7.05,
                    d("wucheng", "婺城区", "Wucheng District"), d("jindong", "金东区", "Jindong District"),
                    d("yiwu", "义乌市", "Yiwu City"), d("dongyang", "东阳市", "Dongyang City"),
                    d("yongkang", "永康市", "Yongkang City"), d("lanxi", "兰溪市", "Lanxi City"),
                    d("wuyi", "武义县", "Wuyi County"), d("pujiang", "浦江县", "Pujiang County"),
                    d("panan", "磐安县", "Pan'an County")),
            Region.of(7, "quzhou", "QZ", "衢州", "Quzhou", 2.28,
                    d("kecheng", "柯城区", "Kecheng District"), d("qujiang", "衢江区", "Qujiang District"),
                    d("jiangshan", "江山市", "Jiangshan City"), d("longyou", "龙游县", "Longyou County"),
                    d("changshan", "常山县", "Changshan County"), d("kaihua", "开化县", "Kaihua County")),
            Region.of(8, "zhoushan", "ZS", "舟山", "Zhoushan", 1.16,
                    d("dinghai", "定海区", "Dinghai District"), d("putuo", "普陀区", "Putuo District"),
                    d("daishan", "岱山县", "Daishan County"), d("shengsi", "嵊泗县", "Shengsi County")),
            Region.of(9, "taizhou", "TZ", "台州", "Taizhou", 6.62,
                    d("jiaojiang", "椒江区", "Jiaojiang District"), d("huangyan", "黄岩区", "Huangyan District"),
                    d("luqiao", "路桥区", "Luqiao District"), d("wenling", "温岭市", "Wenling City"),
                    d("linhai", "临海市", "Linhai City"), d("yuhuan", "玉环市", "Yuhuan City"),
                    d("tiantai", "天台县", "Tiantai County"), d("xianju", "仙居县", "Xianju County"),
                    d("sanmen", "三门县", "Sanmen County")),
            Region.of(10, "lishui", "LS", "丽水", "Lishui", 2.51,
                    d("liandu", "莲都区", "Liandu District"), d("longquan", "龙泉市", "Longquan City"),
                    d("qingtian", "青田县", "Qingtian County"), d("jinyun", "缙云县", "Jinyun County"),
                    d("suichang", "遂昌县", "Suichang County"), d("songyang", "松阳县", "Songyang County"),
                    d("yunhe", "云和县", "Yunhe County"), d("qingyuan", "庆元县", "Qingyuan County"),
                    d("jingning", "景宁畲族自治县", "Jingning She Autonomous County")));

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

    /** regions.csv: each city (its row has no branch), then its branches, in Chinese and English. */
    static void writeRegionNames(Path file) throws IOException {
        try (CsvWriter csv = new CsvWriter(file, "region", "branch", "name_zh", "name_en")) {
            for (Region region : REGIONS) {
                csv.field(region.code()).field("").field(region.cityName()).field(region.englishName()).endRow();
                for (Region.District district : region.districts()) {
                    csv.field(region.code()).field(Region.branchCode(region.code(), district)).field(district.nameZh())
                            .field(district.nameEn()).endRow();
                }
            }
        }
    }
}
