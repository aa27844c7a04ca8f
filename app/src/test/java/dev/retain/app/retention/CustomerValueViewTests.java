package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The 360 view shows the newest month's value grading: RFM scores, the grade in words, the lifetime value. MSISDNs 137960xxxxx. */
@RetainWebTest
class CustomerValueViewTests {

    private static final String GRADED_MONTH = "2090-01";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    private String page(String key, String lang) throws Exception {
        return mvc.perform(get("/customers/" + key).param("lang", lang).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theNewestGradedMonthShowsItsScoresGradeAndLifetimeValue() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13796000001", "PM-T1"));
        jdbc.sql("""
                insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk,
                  rfm_r, rfm_f, rfm_m, rfm, value_grade, clv)
                values (?, '13796000001', 'gold', 'imported', 'yellow', 'yellow_bill_drop', 0.3, 90.00, 2, 4, 5, '245', 'important_keep', 4321.09)""")
                .param(GRADED_MONTH).update();
        String key = f.keyOf("13796000001");

        String zh = page(key, "zh_CN");
        assertThat(zh).contains("id=\"rfm-cell\">245<").contains("id=\"rfm-r\">2<").contains("id=\"rfm-f\">4<").contains("id=\"rfm-m\">5<")
                .contains("重要保持客户").contains("id=\"clv\">4,321.09").contains("客户终身价值").contains("五分位");
        String en = page(key, "en");
        assertThat(en).contains("Important customer to keep").contains("Lifetime value").contains("Recency").contains("by quintiles");
    }

    @Test
    void aMonthCycledBeforeValueGradingSaysSo() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13796000002", "PM-T1"));
        String en = page(f.keyOf("13796000002"), "en");
        assertThat(en).contains("Not graded yet").doesNotContain("id=\"rfm-cell\"");
    }
}
