package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every file follows docs/data-formats.md: headers, value formats and references between files. */
class FileFormatTests {

    private static final String MSISDN = "(\\+86)?1[3-9]\\d{9}";
    private static final String MONEY = "\\d+\\.\\d{2}";
    private static final String DATE = "\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    private static final String BOOL = "true|false";
    private static final String INT = "\\d+";
    private static final String CODE = "[a-z0-9-]+";

    private final SmallProvince province = SmallProvince.get();

    @Test
    void headersAreExactlyTheContractsColumns() {
        assertThat(province.subscribers.headerLine()).isEqualTo("msisdn,name,gender,birth_date,lunar_birthday,region,"
                + "branch,brand,tier,group_id,join_date,plan_id,min_commit,contract_end,points,points_expiry,"
                + "marketing_consent,dnd,email,preferred_channel,address,lat,lon");
        assertThat(province.complaints.headerLine()).isEqualTo("complaint_id,msisdn,received_at,channel,category,description,region,branch");
        assertThat(province.usage.headerLine()).isEqualTo("msisdn,month,bill,mou_out,data_mb,sms,state");
        assertThat(province.peers.headerLine()).isEqualTo("msisdn,month,peer,peer_operator,calls,minutes");
        assertThat(province.plans.headerLine()).isEqualTo("plan_id,name,monthly_fee,voice_min,data_mb,sms,"
                + "over_voice_per_min,over_data_per_mb,over_sms");
        assertThat(province.managers.headerLine()).isEqualTo("manager_id,name,role,region,capacity,active,branch,team");
        assertThat(province.groups.headerLine()).isEqualTo("group_id,name,account_manager_id");
    }

    @Test
    void subscriberRowsHaveTheContractsFormats() {
        assertColumns(province.subscribers, Map.ofEntries(
                Map.entry("msisdn", MSISDN),
                Map.entry("name", "\\p{IsHan}{2,4}"),
                Map.entry("gender", "M|F|"),
                Map.entry("birth_date", DATE + "|"),
                Map.entry("lunar_birthday", BOOL + "|"),
                Map.entry("region", "hangzhou|ningbo|wenzhou|jiaxing|huzhou|shaoxing|jinhua|quzhou|zhoushan|taizhou|lishui"),
                Map.entry("branch", "[a-z]+-[a-z]+|"),
                Map.entry("brand", "gotone|mzone|easyown"),
                Map.entry("tier", "diamond|gold|silver|none|"),
                Map.entry("group_id", "G-[A-Z]{2}-\\d{5}|"),
                Map.entry("join_date", DATE),
                Map.entry("plan_id", CODE),
                Map.entry("min_commit", MONEY),
                Map.entry("contract_end", DATE + "|"),
                Map.entry("points", INT),
                Map.entry("points_expiry", DATE + "|"),
                Map.entry("marketing_consent", BOOL + "|"),
                Map.entry("dnd", BOOL),
                // no 11-digit local part: an address never looks like a phone number on a page
                Map.entry("email", "([1-9]\\d{4,9}@qq\\.com|[a-z]{3,9}(_[a-z])?(19[6-9]\\d|200[0-4])?@(163|126|139|sina|foxmail|aliyun|sohu)\\.com)|"),
                Map.entry("preferred_channel", "sms|email|call|"),
                Map.entry("address", "浙江省\\p{IsHan}+市\\p{IsHan}+(区|市|县)\\p{IsHan}+\\d+号\\d+幢\\d单元\\d+室"),
                Map.entry("lat", "(27|28|29|30|31)\\.\\d{6}"),
                Map.entry("lon", "1(18|19|20|21|22)\\.\\d{6}")));
    }

    @Test
    void usageAndPeerRowsHaveTheContractsFormats() {
        assertColumns(province.usage, Map.of("msisdn", MSISDN, "month", MONTH, "bill", MONEY, "mou_out", INT,
                "data_mb", MONEY, "sms", INT, "state", "active|suspended|precancel|cancelled"));
        assertColumns(province.peers, Map.of("msisdn", MSISDN, "month", MONTH, "peer", MSISDN,
                "peer_operator", "cmcc|unicom|telecom|other", "calls", INT, "minutes", INT));
        assertColumns(province.complaints, Map.of("complaint_id", "CP\\d+-\\d+", "msisdn", MSISDN,
                "received_at", DATE + "T([01]\\d|2[0-3]):[0-5]\\d:00", "channel", "hotline|hall|online_hall|customer_manager|phone_manager|merchant",
                "category", "network|billing|service|package|value_added", "description", "[\\p{IsHan}，/0-9G]+",
                "region", "[a-z]+", "branch", "[a-z]+-[a-z]+|"));
    }

    @Test
    void smallFilesHaveTheContractsFormats() {
        assertColumns(province.plans, Map.of("plan_id", CODE, "name", "\\S+", "monthly_fee", MONEY,
                "voice_min", INT, "data_mb", INT, "sms", INT, "over_voice_per_min", MONEY,
                "over_data_per_mb", MONEY, "over_sms", MONEY));
        assertColumns(province.managers, Map.of("manager_id", "(CM|PM)-[A-Z]{2}-\\d{3,}", "name", "\\p{IsHan}{2,4}",
                "role", "customer_manager|phone_manager", "region", "[a-z]+", "capacity", "[1-9]\\d*|",
                "active", BOOL, "branch", "[a-z]+-[a-z]+", "team", "CM-[a-z]+-[a-z]+|PM-[A-Z]{2}-\\d+"));
        assertColumns(province.groups, Map.of("group_id", "G-[A-Z]{2}-\\d{5}", "name", "\\p{IsHan}+公司",
                "account_manager_id", "CM-[A-Z]{2}-\\d{3,}|"));
    }

    @Test
    void numbersAreUniqueAndSomeCarryTheCountryCode() {
        List<String> msisdns = province.subscribers.column("msisdn");
        assertThat(new HashSet<>(msisdns)).hasSameSizeAs(msisdns);
        long international = msisdns.stream().filter(m -> m.startsWith("+86")).count();
        assertThat(international).isBetween(msisdns.size() / 250L, msisdns.size() / 40L);
        // The same number never appears both with and without +86.
        Set<String> bare = msisdns.stream().map(m -> m.replace("+86", "")).collect(Collectors.toSet());
        assertThat(bare).hasSameSizeAs(msisdns);
    }

    @Test
    void everyReferenceResolves() {
        Set<String> msisdns = province.subscriberByMsisdn.keySet();
        assertThat(msisdns).containsAll(new HashSet<>(province.usage.column("msisdn")));
        assertThat(msisdns).containsAll(new HashSet<>(province.peers.column("msisdn")));
        assertThat(msisdns).containsAll(new HashSet<>(province.complaints.column("msisdn")));
        assertThat(new HashSet<>(province.plans.column("plan_id")))
                .containsAll(new HashSet<>(province.subscribers.column("plan_id")));
        Set<String> groupIds = new HashSet<>(province.groups.column("group_id"));
        province.subscribers.column("group_id").stream().filter(g -> !g.isEmpty())
                .forEach(g -> assertThat(groupIds).contains(g));

        Map<String, String[]> managers = province.managers.rows().stream()
                .collect(Collectors.toMap(r -> r[0], r -> r));
        int role = province.managers.col("role");
        int region = province.managers.col("region");
        for (String[] group : province.groups.rows()) {
            String manager = group[province.groups.col("account_manager_id")];
            if (!manager.isEmpty()) {
                assertThat(managers.get(manager)[role]).isEqualTo("customer_manager");
                String regionCode = Zhejiang.REGIONS.stream()
                        .filter(r -> group[0].startsWith("G-" + r.shortCode() + "-")).findFirst().orElseThrow().code();
                assertThat(managers.get(manager)[region]).isEqualTo(regionCode);
            }
        }
    }

    @Test
    void usageAndPeerKeysAreUnique() {
        List<String> usageKeys = province.usage.rows().stream().map(r -> r[0] + "|" + r[1]).toList();
        assertThat(new HashSet<>(usageKeys)).hasSameSizeAs(usageKeys);
        List<String> peerKeys = province.peers.rows().stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).toList();
        assertThat(new HashSet<>(peerKeys)).hasSameSizeAs(peerKeys);
    }

    private static void assertColumns(Table table, Map<String, String> formats) {
        assertThat(formats.keySet()).containsExactlyInAnyOrderElementsOf(table.header());
        for (Map.Entry<String, String> e : formats.entrySet()) {
            Pattern pattern = Pattern.compile(e.getValue());
            int c = table.col(e.getKey());
            // Plain loops: hundreds of thousands of cells, so assert only on the first failure.
            for (String[] row : table.rows()) {
                if (row.length != table.header().size() || !pattern.matcher(row[c]).matches()) {
                    fail("bad %s in row %s", e.getKey(), String.join(",", row));
                }
            }
        }
    }
}
