package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** complaints.csv into complaint: good rows load, bad rows name line and column, a re-run adds nothing. MSISDNs 1369717xxxx. */
@RetainWebTest
class ComplaintImportsTests {

    @Autowired ComplaintImports imports;
    @Autowired JdbcClient jdbc;

    @Test
    void goodRowsLoadBadRowsAreReportedAndARerunDuplicatesNothing(@TempDir Path dir) throws Exception {
        new ComplaintFixture(jdbc).subscriber("13697170001", "hangzhou", "xihu", "gold").subscriber("13697170002", "ningbo", null, "none");
        Path file = dir.resolve("complaints.csv");
        Files.writeString(file, """
                complaint_id,msisdn,received_at,channel,category,description
                ci-1,13697170001,2026-10-05T09:00,hotline,network_coverage,信号差
                ci-2,13697170001,2026-10-01,hotline,network_coverage,信号差
                ci-3,13697179999,2026-10-01,hotline,network_coverage,不是本省用户
                ci-4,13697170002,2026-10-01,fax,billing,传真
                ci-5,13697170002,2026-10-01,hall,Billing Issue,分类不是代码
                ci-6,13697170002,2026-10-02,hall,billing,多收费
                """, StandardCharsets.UTF_8);
        ComplaintImportOutcome first = imports.importCsv(file, "t-handler");
        assertThat(first.rows()).isEqualTo(6);
        assertThat(first.loaded()).isEqualTo(3);
        assertThat(first.rejects()).extracting(r -> r.line() + "|" + r.column())
                .containsExactly("4|msisdn", "5|channel", "6|category");
        // ci-2 came first in time though second in the file: ci-1 is its repeat
        assertThat(jdbc.sql("select external_id || ':' || repeat_count || ':' || source_class from complaint where external_id like 'ci-%' order by external_id")
                .query(String.class).list()).containsExactly("ci-1:1:hotline_hall", "ci-2:0:hotline_hall", "ci-6:0:hotline_hall");

        ComplaintImportOutcome again = imports.importCsv(file, "t-handler");
        assertThat(again.loaded()).isZero();
        assertThat(again.alreadyOnFile()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from complaint where external_id like 'ci-%'").query(Long.class).single()).isEqualTo(3);
    }
}
