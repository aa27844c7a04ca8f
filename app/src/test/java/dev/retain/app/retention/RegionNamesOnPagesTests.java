package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = '13900080001'").query(String.class).single();
        // a phone manager sees the city; the district is personal data until revealed (ARCHITECTURE, "Security")
        assertThat(page(TestLogins.PHONE, "/customers/" + key)).contains("杭州市").doesNotContain("hangzhou").doesNotContain("西湖区");
        assertThat(mvc.perform(post("/customers/" + key + "/reveal").with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("杭州市").contains("西湖区").doesNotContain("xihu");
        assertThat(mvc.perform(post("/customers/" + key + "/reveal").param("lang", "en").with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Hangzhou").contains("Xihu District");
    }

    @Test
    void theDashboardAndTheReassignmentPageShowTheRegionsName() throws Exception {
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor")).contains("<td>杭州市</td>").doesNotContain("<td>hangzhou</td>");
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor?lang=en")).contains("<td>Hangzhou</td>");
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor/reassign")).contains("PM-T1 电话经理一 · 杭州市 · ").doesNotContain("· hangzhou ·");
        assertThat(page(TestLogins.SUPERVISOR, "/supervisor/reassign?lang=en")).contains("PM-T1 电话经理一 · Hangzhou · ");
    }
}
