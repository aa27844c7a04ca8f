package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.customer.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Pages that show a region or branch show its name in the page's language (regions.csv), not the code. MSISDNs 1390008xxxx. */
@RetainWebTest
class RegionNamesOnPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired ImportService imports;
    @TempDir Path tmp;

    @BeforeEach
    void hangzhouHasItsNames() throws Exception {
        if (jdbc.sql("select count(*) from subscriber where msisdn = '13900080001'").query(Long.class).single() == 0) {
            new WorkbenchFixture(jdbc).insert(WorkbenchFixture.yellow("13900080001", "PM-T1"));
        }
        Files.writeString(tmp.resolve("regions.csv"), "region,branch,name_zh,name_en\n"
                + "hangzhou,,杭州市,Hangzhou\nhangzhou,xihu,西湖区,Xihu District\n");
        assertThat(imports.importFrom(tmp, "tester", ImportService.CLI).succeeded()).isTrue();
    }

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCustomer360ShowsRegionAndBranchNames() throws Exception {
        assertThat(page(TestLogins.PHONE, "/customers/13900080001")).contains("杭州市 / 西湖区").doesNotContain("hangzhou / xihu");
        assertThat(page(TestLogins.PHONE, "/customers/13900080001?lang=en")).contains("Hangzhou / Xihu District");
    }

    @Test
    void theDashboardAndTheReassignmentPageShowTheRegionsName() throws Exception {
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor")).contains("<td>杭州市</td>").doesNotContain("<td>hangzhou</td>");
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor?lang=en")).contains("<td>Hangzhou</td>");
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor/reassign")).contains("PM-T1 电话经理一 · 杭州市 · ").doesNotContain("· hangzhou ·");
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor/reassign?lang=en")).contains("PM-T1 电话经理一 · Hangzhou · ");
    }
}
