package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** regions.csv: a real Chinese and English name for every region and branch the province uses. */
class RegionNamesTests {

    private final SmallProvince province = SmallProvince.get();

    private Map<String, String[]> namesByKey() {
        Map<String, String[]> names = new HashMap<>();
        Table t = province.regions;
        for (String[] row : t.rows()) {
            String key = row[t.col("region")] + "/" + row[t.col("branch")];
            assertThat(names.put(key, new String[] {row[t.col("name_zh")], row[t.col("name_en")]})).as("one row per key: " + key).isNull();
        }
        return names;
    }

    @Test
    void everyRegionAndBranchOfTheSubscribersAndManagersHasItsNames() {
        assertThat(province.regions.headerLine()).isEqualTo("region,branch,name_zh,name_en");
        Map<String, String[]> names = namesByKey();
        Set<String> used = new HashSet<>();
        for (String[] row : province.subscribers.rows()) {
            String region = row[province.subscribers.col("region")];
            String branch = row[province.subscribers.col("branch")];
            used.add(region + "/");
            if (!branch.isEmpty()) used.add(region + "/" + branch);
        }
        for (String[] row : province.managers.rows()) used.add(row[province.managers.col("region")] + "/");
        assertThat(names.keySet()).containsAll(used);
        assertThat(names.keySet().stream().filter(k -> k.endsWith("/"))).hasSize(11);
        assertThat(names.size()).isEqualTo(11 + Zhejiang.REGIONS.stream().mapToInt(r -> r.districts().size()).sum());
    }

    @Test
    void theNamesAreTheRealOnesInChineseAndEnglish() {
        Map<String, String[]> names = namesByKey();
        assertThat(names.get("hangzhou/")).containsExactly("杭州市", "Hangzhou");
        assertThat(names.get("hangzhou/hangzhou-fuyang")).containsExactly("富阳区", "Fuyang District");
        assertThat(names.get("ningbo/ningbo-cixi")).containsExactly("慈溪市", "Cixi City");
        assertThat(names.get("lishui/lishui-jingning")).containsExactly("景宁畲族自治县", "Jingning She Autonomous County");
        names.forEach((key, n) -> {
            assertThat(n[0]).as(key).matches(key.endsWith("/") ? "\\p{IsHan}+市" : "\\p{IsHan}+[区县市]");
            assertThat(n[1]).as(key).matches("[A-Z][A-Za-z' ]+");
        });
    }
}
