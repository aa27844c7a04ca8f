package dev.retain.engine.load;

import static dev.retain.engine.fixtures.ProvinceFiles.SUBSCRIBERS_HEADER;
import static dev.retain.engine.fixtures.ProvinceFiles.USAGE_HEADER;
import static dev.retain.engine.fixtures.ProvinceFiles.writeBytes;
import static dev.retain.engine.fixtures.ProvinceFiles.writeText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Manager;
import dev.retain.engine.value.Tier;
import dev.retain.engine.progress.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and validation of an input folder (SPEC R1.1, docs/data-formats.md "Rejects"). */
class ProvinceLoaderTests extends LoaderTestSupport {

    // ------------------------------------------------------------------ bad rows in usage

    @Test
    void badUsageRowsAreRejectedWithLineColumnAndReasonAndGoodRowsLoad() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001", "13800000002", "13800000003"));
        writeText(in().resolve("usage_monthly.csv"), usage(
                "13800000001,2026-10,188.00,301,100.5,10,active",   // 2 good
                "13800000002,2026-10,abc,301,100,10,active",        // 3 bill not money
                "13800000003,2026-10,188.00,-5,100,10,active",      // 4 negative minutes
                "13800000003,2026-09,188.00,301,1e3,10,active",     // 5 exponent in data_mb
                "13800000002,2026-09,188.00,301,100",               // 6 fewer fields than the header
                "13800000002,2026-10,,301,100,10,active",           // 7 required bill empty
                "13800000001,2026-10,999.00,400,100,10,active",     // 8 duplicate msisdn+month: the first row wins
                "13800000001,2026-13,188.00,301,100,10,active",     // 9 month 13
                "13899999999,2026-10,188.00,301,100,10,active",     // 10 unknown subscriber
                "13800000003,2026-10,200.00,350,50.25,3,SUSPENDED", // 11 good: codes are case-insensitive
                "13800000002,2026-10,150.5,120,0,0,active",         // 12 good
                "13800000001,2026-09,188.00,301,100,10,paused",     // 13 unknown state
                "13800000003,2026-08,12.345,301,100,10,active",     // 14 three decimals
                "13800000003,2026-08,-1.00,301,100,10,active",      // 15 negative money
                "13800000003,2026-08,188.00,301,100,,active"));     // 16 sms empty
        Province p = load(1.0);

        assertThat(rejects("usage_monthly.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("3|bill|not an amount"),
                r -> assertThat(r).startsWith("4|mou_out|not a whole number"),
                r -> assertThat(r).startsWith("5|data_mb|not a decimal"),
                r -> assertThat(r).isEqualTo("6||expected 7 fields, found 5"),
                r -> assertThat(r).startsWith("7|bill|").contains("empty"),
                r -> assertThat(r).startsWith("8|month|duplicate").contains("first on line 2"),
                r -> assertThat(r).startsWith("9|month|not a month"),
                r -> assertThat(r).startsWith("10|msisdn|unknown subscriber"),
                r -> assertThat(r).startsWith("13|state|unknown"),
                r -> assertThat(r).startsWith("14|bill|not an amount"),
                r -> assertThat(r).startsWith("15|bill|not an amount"),
                r -> assertThat(r).startsWith("16|sms|").contains("empty"));

        MonthUsage oct = p.usage().month(OCT);
        Subscribers s = p.subscribers();
        int one = s.index().find("13800000001");
        int two = s.index().find("13800000002");
        int three = s.index().find("13800000003");
        assertThat(oct.billFen(one)).as("first row wins").isEqualTo(18800);
        assertThat(oct.mouOut(one)).isEqualTo(301);
        assertThat(oct.dataMb(one)).isEqualTo(100.5);
        assertThat(oct.billFen(two)).isEqualTo(15050);
        assertThat(oct.state(three)).isEqualTo(AccountState.SUSPENDED);
        assertThat(oct.billFen(three)).isEqualTo(20000);
        assertThat(oct.rows()).isEqualTo(3);
        assertThat(p.usage().month(SEP).rows()).isZero();
        assertThat(p.usage().month(AUG).rows()).isZero();

        FileLoad load = loadOf(p, "usage_monthly.csv");
        assertThat(load.rows()).isEqualTo(15);
        assertThat(load.loaded()).isEqualTo(3);
        assertThat(load.rejected()).isEqualTo(12);
        assertThat(load.rejectsFile()).isEqualTo(report().resolve("usage_monthly.csv.rejects.csv"));
    }

    @Test
    void theRejectsReportKeepsTheRawRow() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        writeText(in().resolve("usage_monthly.csv"), usage("13800000001,2026-10,abc,301,100,10,active"));
        load(1.0);
        Map<String, String> row = Table.read(report().resolve("usage_monthly.csv.rejects.csv")).rows().get(0);
        assertThat(row.get("raw")).isEqualTo("13800000001,2026-10,abc,301,100,10,active");
        assertThat(row.get("reason")).contains("'abc'");
    }

    @Test
    void rowsOfMonthsTheCycleDoesNotReadAreSkippedByLoadButValidatedByValidateAll() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        writeText(in().resolve("usage_monthly.csv"), usage(
                "13800000001,2026-10,188.00,301,100,10,active",
                "13800000001,2026-05,abc,301,100,10,active",
                "13800000001,2026-05,188.00,301,100,10,active",
                "13899999999,2026-04,188.00,301,100,10,active"));
        Province p = load(1.0);
        FileLoad cycleLoad = loadOf(p, "usage_monthly.csv");
        assertThat(cycleLoad.skipped()).isEqualTo(3);
        assertThat(cycleLoad.rejected()).isZero();

        Path all = tmp.resolve("all");
        Files.createDirectories(all);
        List<FileLoad> loads = new ProvinceLoader(in(), all, 1.0, Progress.NONE).validateAll();
        FileLoad usage = loads.stream().filter(l -> l.file().equals("usage_monthly.csv")).findFirst().orElseThrow();
        assertThat(usage.rejected()).isEqualTo(2);
        assertThat(Table.read(all.resolve("usage_monthly.csv.rejects.csv")).column("line")).containsExactly("3", "5");
    }

    @Test
    void validateAllFindsDuplicateMonthsAcrossTheWholeHistory() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        writeText(in().resolve("usage_monthly.csv"), usage(
                "13800000001,2025-01,188.00,301,100,10,active",
                "13800000001,2025-01,100.00,301,100,10,active"));
        Files.createDirectories(report());
        List<FileLoad> loads = new ProvinceLoader(in(), report(), 1.0, Progress.NONE).validateAll();
        assertThat(loads.stream().mapToLong(FileLoad::rejected).sum()).isEqualTo(1);
        assertThat(rejects("usage_monthly.csv")).singleElement().asString().startsWith("3|month|duplicate");
    }

    // ------------------------------------------------------------------ bad rows in subscribers

    @Test
    void badSubscriberRowsAreRejectedAndGoodOnesLoad() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((SUBSCRIBERS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));                                        // 1
        b.writeBytes("13800000001,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8)); // 2
        b.writeBytes("13800000002,,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));     // 3 name empty
        b.writeBytes("13800000001,Dup,F,1980-01-01,false,ningbo,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));    // 4 duplicate
        b.writeBytes("13800000004,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2026-02-30,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8)); // 5 no such day
        b.writeBytes("13800000005,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2026/01/01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8)); // 6 not ISO
        b.writeBytes("13800000006,Na".getBytes(StandardCharsets.UTF_8));                                                   // 7 not UTF-8
        b.write(0xFF);
        b.write(0xFE);
        b.writeBytes("me,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("13800000007,Name,F,1980-01-01,false,hangzhou,b1,gotone,platinum,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8)); // 8 tier
        b.writeBytes("12ab5678,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));    // 9 msisdn
        b.writeBytes("013800000010,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8)); // 10 good, leading zero
        b.writeBytes("+8613800000011,Name,F,1980-01-01,false,hangzhou,b1,gotone,,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8)); // 11 good, +86, tier empty
        b.writeBytes("13800000012,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,88.999,,0,,false,false\n".getBytes(StandardCharsets.UTF_8)); // 12 min_commit
        b.writeBytes("13800000013,Name,F,1980-01-01,false,hangzhou,b1,GOTONE,Gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));  // 13 good, upper case codes
        b.writeBytes("13800000014,Name,X,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));  // 14 gender
        b.writeBytes("13800000015,Name,F,1990-13-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));  // 15 birth date
        b.writeBytes("13800000016,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,maybe,false\n".getBytes(StandardCharsets.UTF_8));  // 16 boolean
        b.writeBytes("13800000017,Name,F,1980-01-01,false,,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n".getBytes(StandardCharsets.UTF_8));        // 17 region empty
        writeBytes(in().resolve("subscribers.csv"), b.toByteArray());
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");

        Province p = load(1.0);

        assertThat(rejects("subscribers.csv")).satisfiesExactly(
                r -> assertThat(r).isEqualTo("3|name|required field is empty"),
                r -> assertThat(r).startsWith("4|msisdn|duplicate msisdn 13800000001"),
                r -> assertThat(r).startsWith("5|join_date|not a date"),
                r -> assertThat(r).startsWith("6|join_date|not a date"),
                r -> assertThat(r).isEqualTo("7||bytes that are not UTF-8"),
                r -> assertThat(r).startsWith("8|tier|unknown"),
                r -> assertThat(r).startsWith("9|msisdn|not a phone number"),
                r -> assertThat(r).startsWith("12|min_commit|not an amount"),
                r -> assertThat(r).startsWith("14|gender|"),
                r -> assertThat(r).startsWith("15|birth_date|not a date"),
                r -> assertThat(r).startsWith("16|marketing_consent|"),
                r -> assertThat(r).isEqualTo("17|region|required field is empty"));

        Subscribers s = p.subscribers();
        assertThat(s.size()).isEqualTo(4);
        List<String> msisdns = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) msisdns.add(s.msisdn(i));
        assertThat(msisdns).containsExactly("13800000001", "013800000010", "+8613800000011", "13800000013");
        assertThat(s.region(s.index().find("13800000001"))).as("the first row wins").isEqualTo("hangzhou");
        assertThat(s.index().find("13800000010")).as("a leading zero is part of the number").isNegative();
        assertThat(s.index().find("8613800000011")).as("86 and +86 before a mobile number: the same number")
                .isEqualTo(s.index().find("+8613800000011")).isNotNegative();
        assertThat(s.importedTier(s.index().find("+8613800000011"))).as("empty tier: left to the tier rules").isNull();
        assertThat(s.importedTier(s.index().find("13800000013"))).isEqualTo(Tier.GOLD);
        assertThat(s.brand(s.index().find("13800000013"))).isEqualTo(Brand.GOTONE);
    }

    @Test
    void msisdnsWithLeadingZerosAndPlus86JoinUsageAsStrings() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("013800000001", "+8613800000002", "0000012345"));
        writeText(in().resolve("usage_monthly.csv"), usage(
                "013800000001,2026-10,188.00,301,100,10,active",
                "+8613800000002,2026-10,200.00,301,100,10,active",
                "13800000001,2026-10,300.00,301,100,10,active",
                "0000012345,2026-10,5.00,1,1,1,active"));
        Province p = load(1.0);
        Subscribers s = p.subscribers();
        MonthUsage oct = p.usage().month(OCT);
        assertThat(oct.billFen(s.index().find("013800000001"))).isEqualTo(18800);
        assertThat(oct.billFen(s.index().find("+8613800000002"))).isEqualTo(20000);
        assertThat(oct.billFen(s.index().find("0000012345"))).isEqualTo(500);
        assertThat(rejects("usage_monthly.csv")).singleElement().asString()
                .startsWith("4|msisdn|unknown subscriber 13800000001");
    }

    @Test
    void usageAndCallPeersInTheOtherFormOfANumberJoinItsSubscriberWhoKeepsTheFormReceived() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("+8613800000001", "13800000002"));
        writeText(in().resolve("usage_monthly.csv"), usage(
                "13800000001,2026-10,188.00,301,100,10,active",      // national form of a +86 subscriber
                "+8613800000002,2026-10,200.00,302,100,10,active",   // +86 form of a national subscriber
                "8613800000001,2026-09,150.00,303,100,10,active",    // 86 without the plus
                "+8613800000001,2026-10,999.00,1,1,1,active"));      // 5 the same subscriber and month again, in the other form
        writeText(in().resolve("call_peers.csv"), dev.retain.engine.fixtures.ProvinceFiles.CALL_PEERS_HEADER + "\n"
                + "13800000001,2026-10,13300000001,unicom,15,60\n"
                + "+8613800000001,2026-10,+8613300000001,unicom,1,1\n"   // 3 the same peer in its other form
                + "+8613800000001,2026-10,13900000001,cmcc,5,20\n");
        Province p = load(1.0);
        Subscribers s = p.subscribers();
        int one = s.index().find("13800000001");
        int two = s.index().find("13800000002");
        assertThat(one).isEqualTo(s.index().find("+8613800000001")).isZero();
        assertThat(s.msisdn(one)).as("kept as received").isEqualTo("+8613800000001");
        assertThat(s.msisdn(two)).isEqualTo("13800000002");
        assertThat(p.usage().month(OCT).billFen(one)).isEqualTo(18800);
        assertThat(p.usage().month(OCT).billFen(two)).isEqualTo(20000);
        assertThat(p.usage().month(SEP).mouOut(one)).isEqualTo(303);
        assertThat(rejects("usage_monthly.csv")).singleElement().asString()
                .startsWith("5|month|duplicate row for +8613800000001 in 2026-10").contains("first on line 2");
        assertThat(p.calls().competitorShare(one)).isEqualTo(0.75);
        assertThat(rejects("call_peers.csv")).singleElement().asString().startsWith("3|peer|duplicate");
    }

    @Test
    void aSubscribersFileWithBothFormsOfANumberRejectsTheSecondAsADuplicateKey() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001", "+8613800000002", "+8613800000001", "13800000002", "13800000003"));
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");
        Province p = load(1.0);
        assertThat(rejects("subscribers.csv")).containsExactly(
                "4|msisdn|duplicate msisdn +8613800000001 (first on line 2 as 13800000001)",
                "5|msisdn|duplicate msisdn 13800000002 (first on line 3 as +8613800000002)");
        Subscribers s = p.subscribers();
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.msisdn(s.index().find("+8613800000002"))).as("the first row wins").isEqualTo("+8613800000002");
        assertThat(loadOf(p, "subscribers.csv").rejected()).isEqualTo(2);
    }

    @Test
    void regionNamesAreValidatedLikeTheOtherReferenceFilesAndTheCycleDoesNotReadThem() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001"));
        writeText(in().resolve("usage_monthly.csv"), usage("13800000001,2026-10,188.00,301,100,10,active"));
        writeText(in().resolve("regions.csv"), "region,branch,name_zh,name_en\n"
                + "hangzhou,,杭州市,Hangzhou\n"                                   // 2 the region itself
                + "hangzhou,hangzhou-fuyang,富阳区,Fuyang District\n"             // 3 one of its branches
                + "hangzhou,hangzhou-fuyang,富阳,Fuyang\n"                        // 4 the same branch again
                + ",ningbo-haishu,海曙区,Haishu District\n"                       // 5 no region
                + "ningbo,,,Ningbo\n"                                            // 6 no Chinese name
                + "ningbo,ningbo-haishu,海曙区,\"Haishu District, Ningbo\"\n");  // 7 quoted comma: good
        Files.createDirectories(report());
        List<FileLoad> loads = new ProvinceLoader(in(), report(), 1.0, Progress.NONE).validateAll();
        FileLoad regions = loads.stream().filter(l -> l.file().equals("regions.csv")).findFirst().orElseThrow();
        assertThat(regions.rows()).isEqualTo(6);
        assertThat(regions.loaded()).isEqualTo(3);
        assertThat(rejects("regions.csv")).containsExactly(
                "4|region,branch|duplicate region,branch 'hangzhou/hangzhou-fuyang'",
                "5|region|required field is empty",
                "6|name_zh|required field is empty");

        assertThat(load(1.0).loads()).extracting(FileLoad::file).doesNotContain("regions.csv");

        writeText(in().resolve("regions.csv"), "region,name_zh,name_en\nhangzhou,杭州市,Hangzhou\n");
        assertThatThrownBy(() -> new ProvinceLoader(in(), report(), 1.0, Progress.NONE).validateAll())
                .isInstanceOf(InputFileException.class).hasMessageContaining("regions.csv").hasMessageContaining("branch");
    }

    // ------------------------------------------------------------------ the other files

    @Test
    void duplicateKeysInPlansManagersAndGroupsAndUnknownReferences() throws IOException {
        writeText(in().resolve("plans.csv"), dev.retain.engine.fixtures.ProvinceFiles.PLANS_HEADER + "\n"
                + "p1,Plan one,58.00,100,1024,50,0.19,0.29,0.10\n"
                + "p1,Plan again,99.00,100,1024,50,0.19,0.29,0.10\n"
                + "p2,Plan two,abc,100,1024,50,0.19,0.29,0.10\n");
        writeText(in().resolve("managers.csv"), dev.retain.engine.fixtures.ProvinceFiles.MANAGERS_HEADER + "\n"
                + "m1,First,customer_manager,hangzhou,10,true\n"
                + "m1,Second,phone_manager,ningbo,10,true\n"
                + "m2,Zero,phone_manager,hangzhou,0,true\n"
                + "m3,Boss,boss,hangzhou,10,true\n"
                + "m4,Maybe,phone_manager,hangzhou,10,maybe\n"
                + "m5,Default,PHONE_MANAGER,hangzhou,,N\n");
        writeText(in().resolve("groups.csv"), dev.retain.engine.fixtures.ProvinceFiles.GROUPS_HEADER + "\n"
                + "g1,Group one,m1\n"
                + "g2,Group two,nobody\n"
                + "g1,Group dup,\n");
        writeText(in().resolve("subscribers.csv"), SUBSCRIBERS_HEADER + "\n"
                + "13800000001,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,g1,2015-01-01,p1,,,0,,false,false\n"
                + "13800000002,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,g2,2015-01-01,,,,0,,false,false\n"
                + "13800000003,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,p2,,,0,,false,false\n");
        writeText(in().resolve("usage_monthly.csv"), USAGE_HEADER + "\n");

        Province p = load(1.0);

        assertThat(rejects("plans.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("3|plan_id|duplicate plan_id 'p1'"),
                r -> assertThat(r).startsWith("4|monthly_fee|not an amount"));
        assertThat(p.plans()).containsOnlyKeys("p1");
        assertThat(p.plans().get("p1").monthlyFeeFen()).as("the first row wins").isEqualTo(5800);

        assertThat(rejects("managers.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("3|manager_id|duplicate manager_id 'm1'"),
                r -> assertThat(r).startsWith("4|capacity|"),
                r -> assertThat(r).startsWith("5|role|unknown"),
                r -> assertThat(r).startsWith("6|active|"));
        assertThat(p.managers()).extracting(Manager::id).containsExactly("m1", "m5");
        assertThat(p.managers().get(0).name()).isEqualTo("First");
        assertThat(p.managers().get(1).capacity()).as("empty capacity: the role's default, resolved later").isZero();
        assertThat(p.managers().get(1).active()).isFalse();

        assertThat(rejects("groups.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("3|account_manager_id|unknown manager 'nobody'"),
                r -> assertThat(r).startsWith("4|group_id|duplicate group_id 'g1'"));
        assertThat(p.groups()).containsOnlyKeys("g1");

        assertThat(rejects("subscribers.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("3|group_id|unknown group 'g2'"),
                r -> assertThat(r).startsWith("4|plan_id|unknown plan 'p2'"));
        assertThat(p.subscribers().size()).isEqualTo(1);
        assertThat(p.subscribers().group(0)).isEqualTo("g1");
    }

    @Test
    void callPeersOfTheCycleMonthAreSummarised() throws IOException {
        writeText(in().resolve("subscribers.csv"), subs("13800000001", "13800000002"));
        writeText(in().resolve("usage_monthly.csv"), usage("13800000001,2026-10,188.00,301,100,10,active"));
        writeText(in().resolve("call_peers.csv"), dev.retain.engine.fixtures.ProvinceFiles.CALL_PEERS_HEADER + "\n"
                + "13800000001,2026-10,13300000001,unicom,15,60\n"
                + "13800000001,2026-10,13900000001,cmcc,5,20\n"
                + "13800000001,2026-10,13300000001,unicom,1,1\n"       // 4 duplicate peer in the month
                + "13800000001,2026-09,13300000002,telecom,99,99\n"    // other month: skipped
                + "13800000002,2026-10,13300000003,vodafone,1,1\n"     // 6 unknown operator
                + "13899999999,2026-10,13300000003,unicom,1,1\n");     // 7 unknown subscriber
        Province p = load(1.0);
        int one = p.subscribers().index().find("13800000001");
        assertThat(p.calls().competitorShare(one)).isEqualTo(0.75);
        assertThat(p.calls().maxCompetitorPeerCalls(one)).isEqualTo(15);
        assertThat(rejects("call_peers.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("4|peer|duplicate"),
                r -> assertThat(r).startsWith("6|peer_operator|unknown"),
                r -> assertThat(r).startsWith("7|msisdn|unknown subscriber"));
    }

    // ------------------------------------------------------------------ RFC 4180 in real files

    @Test
    void quotedCommasQuotesAndLineBreaksInARealFileAndPhysicalLineNumbersInRejects() throws IOException {
        String text = SUBSCRIBERS_HEADER + "\n"                                                                                   // 1
                + "13800000001,\"Wang, Li\",F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n"            // 2
                + "13800000002,\"He said \"\"hi\"\"\",F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n" // 3
                + "13800000003,\"Two\nLines\",F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false,false\n"         // 4-5
                + "13800000004,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2026/01/01,,,,0,,false,false\n"                    // 6 bad date
                + "13800000005,\"a\r\nb\nc\",F,1980-01-01,false,hangzhou,b1,gotone,gold,,2026-02-30,,,,0,,false,false\n"           // 7-9 bad date
                + "13800000006,\"x\",F,1980-01-01,false,\"hang,zhou\",b1,gotone,gold,,2015-01-01,,,,0,,false,false\n"              // 10
                + "13800000007,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,,0,,false\n";                          // 11 one field short
        Path file = writeText(in().resolve("subscribers.csv"), text);
        List<SubscriberRecord> rows = new ArrayList<>();
        Files.createDirectories(report());
        FileLoad load = new ContractFileReader(report(), 1.0).read(file, ContractColumns.SUBSCRIBER_REQUIRED,
                new SubscriberParser((row, line) -> rows.add(row), id -> true, id -> true), null);
        assertThat(rows).extracting(SubscriberRecord::name).containsExactly("Wang, Li", "He said \"hi\"", "Two\nLines", "x");
        assertThat(rows.get(3).region()).isEqualTo("hang,zhou");
        assertThat(load.rows()).isEqualTo(7);
        assertThat(rejects("subscribers.csv")).satisfiesExactly(
                r -> assertThat(r).startsWith("6|join_date|"),
                r -> assertThat(r).startsWith("7|join_date|"),
                r -> assertThat(r).isEqualTo("11||expected 18 fields, found 17"));
        Map<String, String> multiLine = Table.read(report().resolve("subscribers.csv.rejects.csv")).rows().get(1);
        assertThat(multiLine.get("raw")).as("line breaks of the raw row are escaped").doesNotContain("\n").contains("\\n");
    }

    @Test
    void crlfLineEndingsAndAByteOrderMarkLoadLikePlainFiles() throws IOException {
        String subscribers = SUBSCRIBERS_HEADER + "\n"
                + "13800000001,Name,F,1980-01-01,false,hangzhou,b1,gotone,gold,,2015-01-01,,,2027-01-31,5,,true,true\n"
                + "13800000002,Name,F,1980-01-01,false,ningbo,b1,mzone,,,2015-01-01,,88.00,,0,,false,false\n";
        String usage = USAGE_HEADER + "\n"
                + "13800000001,2026-10,188.00,301,100,10,active\n"
                + "13800000002,2026-10,50.00,3,1,1,precancel\n";
        String managers = dev.retain.engine.fixtures.ProvinceFiles.MANAGERS_HEADER + "\n" + "m1,A,phone_manager,hangzhou,5,false\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (String name : List.of("subscribers.csv", "usage_monthly.csv", "managers.csv")) {
            String body = name.startsWith("sub") ? subscribers : name.startsWith("usage") ? usage : managers;
            byte[] crlf = body.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[3 + crlf.length];
            System.arraycopy(bom, 0, all, 0, 3);
            System.arraycopy(crlf, 0, all, 3, crlf.length);
            writeBytes(in().resolve(name), all);
        }
        Province p = load(0.0);
        Subscribers s = p.subscribers();
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.msisdn(0)).as("the BOM is not part of the first value").isEqualTo("13800000001");
        assertThat(s.contractEndEpochDay(0)).isEqualTo((int) java.time.LocalDate.of(2027, 1, 31).toEpochDay());
        assertThat(s.minCommitFen(1)).isEqualTo(8800);
        MonthUsage oct = p.usage().month(OCT);
        assertThat(oct.state(0)).as("the last column has no CR").isEqualTo(AccountState.ACTIVE);
        assertThat(oct.state(1)).isEqualTo(AccountState.PRECANCEL);
        assertThat(p.managers()).singleElement().satisfies(m -> {
            assertThat(m.active()).isFalse();
            assertThat(m.capacity()).isEqualTo(5);
        });
        assertThat(report().resolve("subscribers.csv.rejects.csv")).doesNotExist();
    }
}
