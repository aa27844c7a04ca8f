package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.cycle.internal.ComplaintFactsReadModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints as facts (issue 13): the app's cycle counts the complaint table as the CLI's cycle
 * counts complaints.csv. The test province's complaints.csv (synth) is loaded into the complaint
 * table; the engine run straight on the files is what the app must reproduce, task by task and
 * reason by reason, the complaint rule's tasks included.
 */
@RetainWebTest
class ComplaintFactsCycleTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;
    @Autowired CycleService cycles;
    @Autowired RetentionSettings settings;
    @Autowired ComplaintFactsReadModel complaints;
    @Autowired TransactionTemplate transaction;
    @TempDir Path tmp;

    CycleTestProvince province;

    @BeforeEach
    void province() {
        province = CycleTestProvince.loadedInto(dataSource);
    }

    @Test
    void theAppsCycleRaisesTheSameComplaintTasksAsTheCliOnTheSameComplaints() {
        CycleRun run = cycles.runNow(MONTH, "t-supervisor");
        CycleTestProvince.Expected expected = province.expected(settings);

        assertThat(run.status()).as(run.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        assertThat(expected.reasons()).as("the synthetic complaints raise the complaint rule's tasks").containsKey("repeat_complainant");
        Map<String, String> fromFiles = new TreeMap<>();
        for (Map<String, String> t : expected.tasks()) fromFiles.put(t.get("task_id"), t.get("reasons"));
        Map<String, String> fromDatabase = new TreeMap<>();
        jdbc.sql("select task_id, reasons from task where month = ? and msisdn = any(?)")
                .params(MONTH.toString(), province.msisdns)
                .query((rs, n) -> fromDatabase.put(rs.getString(1), rs.getString(2))).list();
        assertThat(fromDatabase).isEqualTo(fromFiles);
    }

    @Test
    void theExportCountsComplaintsOfCustomersByTheirShanghaiDayFromTheWindowOn() throws Exception {
        String customer = province.msisdns[0];
        jdbc.sql("""
                insert into complaint (external_id, msisdn, received_at, channel, source_class, category, description)
                values ('f-late', ?, timestamptz '2031-01-31T17:00:00Z', 'hotline', 'hotline_hall', 'network', '信号差'),
                       ('f-old', ?, timestamptz '2030-12-31T15:59:59Z', 'hotline', 'hotline_hall', 'network', '信号差'),
                       ('f-stranger', '13999999999', timestamptz '2031-01-10T02:00:00Z', 'api', 'hotline_hall', 'billing', ' ')""")
                .params(customer, customer).update();
        try {
            transaction.executeWithoutResult(tx -> complaints.write(tmp, LocalDate.of(2031, 1, 1)));
            List<String> lines = Files.readAllLines(tmp.resolve("complaints.csv"));
            assertThat(lines.get(0)).isEqualTo("complaint_id,msisdn,received_at,channel,category,description,region,branch");
            // 17:00 UTC on 31 January is 1 February in Shanghai; 15:59:59 UTC on 31 December is still 2030 there; a stranger is no customer
            assertThat(lines.subList(1, lines.size())).singleElement().asString()
                    .endsWith("," + customer + ",2031-02-01T01:00:00,hotline,network,信号差,,");
        } finally {
            jdbc.sql("delete from complaint where external_id in ('f-late', 'f-old', 'f-stranger')").update();
        }
    }
}
