package dev.retain.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.synth.ProvinceGenerator;
import dev.retain.synth.ProvinceSpec;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RetainWebTest
@RecordApplicationEvents
class ImportServiceTests {

    @Autowired ImportService imports;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;
    @TempDir Path tmp;

    @Test
    void aProvinceLoadsAndItsImportIsRecorded() throws Exception {
        SmallProvince p = new SmallProvince(101, 20);
        ImportRun run = imports.importFrom(p.write(tmp), "tester", ImportService.CLI);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportRun.SUCCEEDED);
        assertThat(run.files()).extracting(ImportFileCounts::file).containsExactly(
                "plans.csv", "managers.csv", "groups.csv", "subscribers.csv", "usage_monthly.csv", "call_peers.csv");
        assertThat(run.files()).contains(new ImportFileCounts("usage_monthly.csv", 40, 40, 0));
        assertThat(run.months()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(run.username()).isEqualTo("tester");
        assertThat(run.source()).isEqualTo("cli");
        assertThat(p.counts(jdbc)).isEqualTo(new SmallProvince.Counts(1, 1, 1, 20, 40, 20));
        assertThat(imports.history(50)).extracting(ImportRun::id).contains(run.id());

        // the values arrive as typed: money exact, codes, dates, nulls for empty fields
        var row = jdbc.sql("select name, tier, group_id, min_commit, birth_date, brand from subscriber where msisdn = ?")
                .param(p.msisdn(1)).query().singleRow();
        assertThat(row.get("name")).isEqualTo("张1");
        assertThat(row.get("tier")).isNull();
        assertThat(row.get("group_id")).isEqualTo(p.group());
        assertThat(row.get("min_commit").toString()).isEqualTo("88.00");
        assertThat(row.get("brand")).isEqualTo("gotone");
        assertThat(jdbc.sql("select bill::text from usage_monthly where msisdn = ? and month = '2024-01'").param(p.msisdn(1))
                .query(String.class).single()).isEqualTo("200.50");
        assertThat(jdbc.sql("select name from customer_group where group_id = ?").param(p.group()).query(String.class).single())
                .isEqualTo("Acme, Ltd");
        assertThat(jdbc.sql("select capacity from manager where manager_id = ?").param(p.manager()).query(Integer.class).optional())
                .isEmpty(); // an empty capacity means the role's default
    }

    @Test
    void reImportingTheSameFilesChangesNothing() throws Exception {
        SmallProvince p = new SmallProvince(102, 15);
        Path dir = p.write(tmp);
        assertThat(imports.importFrom(dir, "tester", ImportService.CLI).succeeded()).isTrue();
        SmallProvince.Counts before = p.counts(jdbc);
        List<String> versions = rowVersions(p);

        ImportRun again = imports.importFrom(dir, "tester", ImportService.CLI);

        assertThat(again.succeeded()).as(again.message()).isTrue();
        assertThat(p.counts(jdbc)).isEqualTo(before);
        // not one row was rewritten: every row keeps the transaction ids that wrote and last locked it
        assertThat(rowVersions(p)).isEqualTo(versions);
    }

    @Test
    void aChangedRowIsUpdatedInPlace() throws Exception {
        SmallProvince p = new SmallProvince(103, 5);
        Path dir = p.write(tmp);
        assertThat(imports.importFrom(dir, "tester", ImportService.CLI).succeeded()).isTrue();
        List<String> usage = new ArrayList<>(p.usage);
        usage.set(0, p.msisdn(0) + ",2024-01,999.99,350,1024.5,12,active");
        SmallProvince.writeUsage(dir, usage);

        assertThat(imports.importFrom(dir, "tester", ImportService.CLI).succeeded()).isTrue();

        assertThat(p.counts(jdbc).usage()).isEqualTo(10);
        assertThat(jdbc.sql("select bill::text from usage_monthly where msisdn = ? and month = '2024-01'").param(p.msisdn(0))
                .query(String.class).single()).isEqualTo("999.99");
    }

    @Test
    void badRowsAreRejectedWithLineColumnAndReasonAndTheGoodRowsLoad() throws Exception {
        SmallProvince p = new SmallProvince(104, 10);
        Path dir = p.write(tmp);
        List<String> usage = new ArrayList<>(p.usage);
        usage.set(2, p.msisdn(1) + ",2024-01,abc,350,1024.5,12,active");          // line 4: bad money
        usage.add(p.prefix() + "99999,2024-01,10,1,1,1,active");                 // line 22: nobody's number
        usage.add(p.msisdn(0) + ",2024-01,1.00,1,1,1,active");                   // line 23: repeats line 2's key
        SmallProvince.writeUsage(dir, usage);

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI, 0.5);

        assertThat(run.status()).as(run.message()).isEqualTo(ImportRun.SUCCEEDED);
        assertThat(run.files()).contains(new ImportFileCounts("usage_monthly.csv", 22, 19, 3));
        assertThat(p.counts(jdbc).usage()).isEqualTo(19);
        assertThat(jdbc.sql("select bill::text from usage_monthly where msisdn = ? and month = '2024-01'").param(p.msisdn(0))
                .query(String.class).single()).as("the first row wins").isEqualTo("200.50");
        StringWriter csv = new StringWriter();
        assertThat(imports.writeRejects(run.id(), csv)).isEqualTo(3);
        assertThat(csv.toString()).startsWith("file,line,column,reason,raw\n")
                .contains("usage_monthly.csv,4,bill,not an amount in CNY with at most two decimals: 'abc',\"" + p.msisdn(1) + ",2024-01,abc,")
                .contains("usage_monthly.csv,22,msisdn,unknown subscriber '" + p.prefix() + "99999'")
                .contains("usage_monthly.csv,23,\"msisdn,month\",\"duplicate key (msisdn, month) = (" + p.msisdn(0) + ", 2024-01); the first row wins\"");
    }

    @Test
    void aMissingRequiredColumnFailsTheImportAndKeepsNothing() throws Exception {
        SmallProvince p = new SmallProvince(105, 10);
        Path dir = p.write(tmp);
        Files.writeString(dir.resolve("usage_monthly.csv"), "msisdn,month,mou_out,data_mb,sms,state\n" + p.msisdn(0) + ",2024-01,1,1,1,active\n");

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI);

        assertThat(run.status()).isEqualTo(ImportRun.FAILED);
        assertThat(run.message()).contains("usage_monthly.csv", "missing required column bill");
        assertThat(p.counts(jdbc).total()).as("plans, managers, groups and subscribers were merged before usage failed: all rolled back")
                .isZero();
        assertThat(run.months()).isEmpty();
        assertThat(jdbc.sql("select count(*) from pg_class where relname like ?").param("import_stage_%_" + run.id())
                .query(Long.class).single()).as("no staging table left").isZero();
    }

    @Test
    void rejectsAboveTheThresholdFailTheImportButTheRejectsAreKept() throws Exception {
        SmallProvince p = new SmallProvince(106, 10);
        Path dir = p.write(tmp);
        List<String> subs = new ArrayList<>(p.subscribers);
        subs.set(4, subs.get(4).replace(",gotone,", ",unknownbrand,"));            // line 6
        SmallProvince.writeSubscribers(dir, subs);

        ImportRun run = imports.importFrom(dir, "tester", ImportService.UPLOAD);

        assertThat(run.failed()).isTrue();
        assertThat(run.message()).contains("subscribers.csv: 1 of 10 rows rejected (10.00%), more than the allowed 1.00%",
                "line 6, column brand");
        assertThat(p.counts(jdbc).total()).isZero();
        assertThat(run.files()).contains(new ImportFileCounts("subscribers.csv", 10, 0, 1));
        StringWriter csv = new StringWriter();
        assertThat(imports.writeRejects(run.id(), csv)).isEqualTo(1);
        assertThat(csv.toString()).contains("subscribers.csv,6,brand,");
    }

    @Test
    void referencesMayPointAtRowsAlreadyInTheDatabase() throws Exception {
        SmallProvince p = new SmallProvince(107, 5);
        Path first = p.write(tmp.resolve("first"));
        assertThat(imports.importFrom(first, "tester", ImportService.CLI).succeeded()).isTrue();
        Path usageOnly = Files.createDirectories(tmp.resolve("usage-only"));
        SmallProvince.writeUsage(usageOnly, List.of(p.msisdn(0) + ",2024-03,300,400,1,1,active", p.msisdn(1) + ",2024-03,300,400,1,1,active"));

        ImportRun run = imports.importFrom(usageOnly, "tester", ImportService.CLI);

        assertThat(run.succeeded()).as(run.message()).isTrue();
        assertThat(run.files()).containsExactly(new ImportFileCounts("usage_monthly.csv", 2, 2, 0));
        assertThat(run.months()).containsExactly(YearMonth.of(2024, 3));
        assertThat(p.counts(jdbc).usage()).isEqualTo(12);
    }

    @Test
    void textWithBackslashesTabsLineBreaksAndChineseSurvivesTheCopyStream() throws Exception {
        SmallProvince p = new SmallProvince(109, 3);
        Path dir = p.write(tmp);
        List<String> subs = new ArrayList<>(p.subscribers);
        subs.set(0, subs.get(0).replace(",张0,", ",\"欧阳\\娜\t\"\"小\"\"\n二行\","));
        SmallProvince.writeSubscribers(dir, subs);

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI);

        assertThat(run.succeeded()).as(run.message()).isTrue();
        assertThat(jdbc.sql("select name from subscriber where msisdn = ?").param(p.msisdn(0)).query(String.class).single())
                .isEqualTo("欧阳\\娜\t\"小\"\n二行");
    }

    @Test
    void anEmptyFolderFailsWithTheReason() {
        ImportRun run = imports.importFrom(tmp, "tester", ImportService.CLI);
        assertThat(run.failed()).isTrue();
        assertThat(run.message()).contains("no contract file found");
    }

    @Test
    void theEventIsPublishedAfterASuccessfulImportOnly() throws Exception {
        SmallProvince p = new SmallProvince(108, 5);
        ImportRun run = imports.importFrom(p.write(tmp.resolve("ok")), "eventful", ImportService.API);
        assertThat(events.stream(ProvinceImported.class))
                .containsExactly(new ProvinceImported(run.id(), List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 2)), "eventful"));

        imports.importFrom(tmp.resolve("nothing-here"), "eventful", ImportService.API);
        assertThat(events.stream(ProvinceImported.class)).hasSize(1);
    }

    @Test
    void aGeneratedProvinceLoadsCompletely() throws Exception {
        Path dir = tmp.resolve("generated");
        new ProvinceGenerator(new ProvinceSpec(300, 3, YearMonth.of(2023, 6), 4242)).generate(dir, n -> { });

        ImportRun run = imports.importFrom(dir, "tester", ImportService.CLI);

        assertThat(run.succeeded()).as(run.message()).isTrue();
        for (ImportFileCounts f : run.files()) {
            long lines = Files.readAllLines(dir.resolve(f.file())).size() - 1;
            assertThat(f.read()).as(f.file()).isEqualTo(lines);
            assertThat(f.rejected()).as(f.file()).isZero();
        }
        assertThat(run.months()).containsExactly(YearMonth.of(2023, 4), YearMonth.of(2023, 5), YearMonth.of(2023, 6));
    }

    private List<String> rowVersions(SmallProvince p) {
        String like = p.prefix() + "%";
        List<String> v = new ArrayList<>();
        v.addAll(jdbc.sql("select msisdn || xmin::text || '/' || xmax::text from subscriber where msisdn like ? order by msisdn").param(like).query(String.class).list());
        v.addAll(jdbc.sql("select msisdn || month || xmin::text || '/' || xmax::text from usage_monthly where msisdn like ? order by msisdn, month").param(like)
                .query(String.class).list());
        v.addAll(jdbc.sql("select msisdn || peer || xmin::text || '/' || xmax::text from call_peer where msisdn like ? order by msisdn, peer").param(like)
                .query(String.class).list());
        v.addAll(jdbc.sql("select xmin::text || '/' || xmax::text from plan where plan_id = ?").param(p.plan()).query(String.class).list());
        return v;
    }
}
