package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import keys every table on the canonical number (docs/data-formats.md, "One number, two
 * forms") and keeps the number as received on the subscriber: usage and peers may use either
 * form, and a file with both forms of one number has a duplicate key.
 */
@RetainWebTest
class CanonicalMsisdnImportTests {

    private static final String SUBSCRIBER = ",Name,F,1980-01-01,false,hangzhou,fuyang,gotone,gold,,2015-01-01,,,,0,,false,false";

    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path tmp;

    @Test
    void theKeyIsTheCanonicalNumberTheSubscriberKeepsItsFormAndUsageJoinsInEitherForm() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("p"));
        SmallProvince.writeSubscribers(dir, List.of("+8613970000001" + SUBSCRIBER, "13970000002" + SUBSCRIBER));
        SmallProvince.writeUsage(dir, List.of(
                "13970000001,2026-10,188.00,301,100,10,active",        // national form of a +86 subscriber
                "+8613970000002,2026-10,200.00,302,100,10,active"));   // +86 form of a national subscriber
        Files.writeString(dir.resolve("call_peers.csv"), "msisdn,month,peer,peer_operator,calls,minutes\n"
                + "+8613970000001,2026-10,+8613370000009,unicom,3,9\n");

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI, 0.0);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportRun.SUCCEEDED);
        assertThat(jdbc.sql("select msisdn || ' ' || msisdn_received from subscriber where msisdn like '1397000000%' order by 1")
                .query(String.class).list()).containsExactly("13970000001 +8613970000001", "13970000002 13970000002");
        assertThat(jdbc.sql("select msisdn || ' ' || bill from usage_monthly where msisdn like '%1397000000%' order by 1")
                .query(String.class).list()).containsExactly("13970000001 188.00", "13970000002 200.00");
        assertThat(jdbc.sql("select msisdn || ' ' || peer from call_peer where msisdn like '%1397000000%'").query(String.class).list())
                .containsExactly("13970000001 13370000009");
    }

    @Test
    void aFileWithBothFormsOfANumberRejectsTheSecondAsADuplicateNamingFileLineAndColumn() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("twice"));
        SmallProvince.writeSubscribers(dir, List.of("13970000011" + SUBSCRIBER, "13970000012" + SUBSCRIBER, "+8613970000011" + SUBSCRIBER));
        SmallProvince.writeUsage(dir, List.of(
                "13970000011,2026-10,188.00,301,100,10,active",
                "+8613970000011,2026-10,999.00,1,1,1,active",            // line 3: the same subscriber and month again
                "13970000012,2026-10,200.00,302,100,10,active"));

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI, 0.5);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportRun.SUCCEEDED);
        assertThat(run.files()).contains(new ImportFileCounts("subscribers.csv", 3, 2, 1), new ImportFileCounts("usage_monthly.csv", 3, 2, 1));
        StringWriter rejects = new StringWriter();
        imports.writeRejects(run.id(), rejects);
        assertThat(rejects.toString())
                .contains("subscribers.csv,4,msisdn,duplicate msisdn '+8613970000011' (the first row wins; the file has it as 13970000011"
                        + " already: the same number),")
                .contains("usage_monthly.csv,3,\"msisdn,month\",\"duplicate key (msisdn, month) = (13970000011, 2026-10); the first row wins\"");
        assertThat(jdbc.sql("select msisdn_received from subscriber where msisdn = '13970000011'").query(String.class).single())
                .as("the first row wins").isEqualTo("13970000011");
        assertThat(jdbc.sql("select bill::text from usage_monthly where msisdn = '13970000011'").query(String.class).single()).isEqualTo("188.00");
    }

    @Test
    void aLaterImportInTheOtherFormUpdatesTheSameSubscriberAndItsNewForm() throws Exception {
        Path first = Files.createDirectories(tmp.resolve("first"));
        SmallProvince.writeSubscribers(first, List.of("13970000021" + SUBSCRIBER));
        assertThat(imports.importFrom(first, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();
        Path second = Files.createDirectories(tmp.resolve("second"));
        SmallProvince.writeSubscribers(second, List.of("+8613970000021" + SUBSCRIBER.replace("Name", "Renamed")));

        assertThat(imports.importFrom(second, "tester", ImportService.CLI, 0.0).succeeded()).isTrue();

        assertThat(jdbc.sql("select msisdn || ' ' || msisdn_received || ' ' || name from subscriber where msisdn like '%13970000021'")
                .query(String.class).list()).containsExactly("13970000021 +8613970000021 Renamed");
    }
}
