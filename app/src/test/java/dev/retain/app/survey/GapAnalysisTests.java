package dev.retain.app.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.survey.GapReport.Callout;
import dev.retain.app.survey.GapReport.Cell;
import dev.retain.app.survey.GapReport.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The gap analysis (R10.3) on planted responses ({@link GapFixture}), hand-computed: 30 gold customers of one branch and
 * 2 silver customers of another answer in March 2076 (the silver pair is below the sample threshold of 30: shown
 * greyed, never called out).
 * MSISDNs 1379630xxxx and months 2076-03/04 belong to this class; its responses are removed afterwards.
 */
@RetainWebTest
class GapAnalysisTests {

    private static final YearMonth MONTH = YearMonth.of(2076, 3);
    private static final int RUN = ThreadLocalRandom.current().nextInt(100);
    private static final String EAST = "ga" + RUN + "-east";
    private static final String WEST = "ga" + RUN + "-west";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired GapAnalysis gaps;

    private GapFixture fixture;

    @BeforeEach
    void plantResponses() {
        fixture = new GapFixture(jdbc, "1379630");
        fixture.plant(MONTH, EAST, WEST);
    }

    @AfterEach
    void cleanUp() {
        fixture.remove();
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void meansAndGapsOverAllResponsesByTierAndByBranch() {
        GapReport r = gaps.of(MONTH);
        assertThat(r.responses()).isEqualTo(32);
        assertThat(r.minSample()).isEqualTo(30);
        // price: expectation (30×6 + 2×7)/32 = 6.0625, perception (20×4 + 10×6 + 2×1)/32 = 4.4375, gap −52/32 = −1.625
        Cell price = r.overall(Dimension.PRICE);
        assertThat(price.n()).isEqualTo(32);
        assertThat(price.expectation()).isEqualByComparingTo(n("6.06"));
        assertThat(price.perception()).isEqualByComparingTo(n("4.44"));
        assertThat(price.gap()).isEqualByComparingTo(n("-1.63"));
        assertThat(price.gapText()).isEqualTo("−1.63");
        // environment: perception above expectation, (30×1 − 2×6)/32 = 0.5625
        assertThat(r.overall(Dimension.ENVIRONMENT).gap()).isEqualByComparingTo(n("0.56"));
        assertThat(r.overall(Dimension.EFFICIENCY).expectation()).isEqualByComparingTo(n("5.13"));
        assertThat(r.overall(Dimension.EFFICIENCY).gap()).isEqualByComparingTo(n("-0.38"));

        Group gold = r.tiers().stream().filter(g -> g.tier().equals("gold")).findFirst().orElseThrow();
        assertThat(gold.responses()).isEqualTo(30);
        assertThat(gold.cell(Dimension.PRICE).perception()).isEqualByComparingTo(n("4.67"));
        assertThat(gold.cell(Dimension.PRICE).gap()).isEqualByComparingTo(n("-1.33"));
        assertThat(gold.cell(Dimension.PRICE).small()).isFalse();
        Group silver = r.tiers().stream().filter(g -> g.tier().equals("silver")).findFirst().orElseThrow();
        assertThat(silver.cell(Dimension.PRICE).gap()).isEqualByComparingTo(n("-6.00"));
        assertThat(silver.cell(Dimension.PRICE).small()).as("2 answers are below 30").isTrue();
        assertThat(r.tiers()).extracting(Group::tier).containsExactly("gold", "silver");

        Group west = r.branches().stream().filter(g -> g.branch().equals(WEST)).findFirst().orElseThrow();
        assertThat(west.responses()).isEqualTo(2);
        assertThat(west.cell(Dimension.ATTITUDE).small()).isTrue();
        Group east = r.branches().stream().filter(g -> g.branch().equals(EAST)).findFirst().orElseThrow();
        assertThat(east.cell(Dimension.NEEDS).gap()).isEqualByComparingTo(n("-1.00"));
    }

    @Test
    void theLargestGapsAreCalledOutAndSmallSamplesNever() {
        GapReport r = gaps.of(MONTH);
        // overall: price −1.63, then attitude and needs both −1.31 (in the questionnaire's order); quality −0.38 is fourth
        assertThat(r.largest()).hasSize(4);
        assertThat(r.largest().subList(0, 3)).extracting(c -> c.cell().dimension())
                .containsExactly(Dimension.PRICE, Dimension.ATTITUDE, Dimension.NEEDS);
        assertThat(r.largest().subList(0, 3)).allMatch(c -> c.group() == null);
        // the worst group cell with enough answers: gold's price (−1.33), not silver's −6.00 from two answers
        Callout group = r.largest().get(3);
        assertThat(group.group().tier()).isEqualTo("gold");
        assertThat(group.cell().dimension()).isEqualTo(Dimension.PRICE);
        assertThat(group.cell().gap()).isEqualByComparingTo(n("-1.33"));
    }

    @Test
    void aDateRangeReadsOnlyItsDaysAndBadPeriodsAreRefused() {
        assertThat(gaps.of(MONTH.atDay(1), MONTH.atDay(9)).responses()).isZero();
        assertThat(gaps.of(MONTH.atDay(10), MONTH.atDay(10)).responses()).isEqualTo(32);
        assertThat(gaps.of(MONTH.plusMonths(1)).largest()).isEmpty();
        assertThatThrownBy(() -> gaps.of(LocalDate.of(2076, 3, 10), LocalDate.of(2076, 3, 9)))
                .isInstanceOf(SurveyRefused.class).hasMessage("survey.gaps.refused.order");
        assertThatThrownBy(() -> gaps.of(LocalDate.of(2070, 1, 1), LocalDate.of(2076, 1, 1)))
                .isInstanceOf(SurveyRefused.class).hasMessage("survey.gaps.refused.length");
    }

    @Test
    void thePageShowsTheChartTheHeatTablesAndTheCalloutInChinese() throws Exception {
        String html = mvc.perform(get("/surveys/gaps").param("month", MONTH.toString()).with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("callout-0").text()).isEqualTo("资费价格：期望 6.06，感知 4.44，差距 −1.63（32 份答题），最大");
        assertThat(page.getElementById("callout-3").text()).startsWith("金卡 · 资费价格：期望 6.00，感知 4.67，差距 −1.33");
        assertThat(page.getElementById("gap-chart").attr("data-gap")).isEqualTo("-1.31,-0.38,-0.38,0.56,-1.63,-1.31");
        assertThat(page.getElementById("gap-chart").attr("data-dimensions")).startsWith("服务态度,");
        assertThat(page.getElementById("tier-silver-price").hasClass("small-sample")).isTrue();
        assertThat(page.getElementById("tier-gold-price").hasClass("heat-4")).as("short by 1.33: the deepest shade").isTrue();
        assertThat(page.select("#gap-branch-table tr[data-branch=" + WEST + "] td.small-sample")).hasSize(6);
        assertThat(html).contains("/js/survey-gaps.js").doesNotContain("<script>");
        // supervisors and admins read it too; the surveys page links to it
        mvc.perform(get("/surveys/gaps").param("from", "2076-03-01").param("to", "2076-03-31").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/surveys/gaps").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk());
        assertThat(mvc.perform(get("/surveys").with(logins.as(TestLogins.ANALYST))).andReturn().getResponse().getContentAsString())
                .contains("id=\"gap-link\"");
    }

    @Test
    void badPeriodsNameTheirField() throws Exception {
        String month = mvc.perform(get("/surveys/gaps").param("month", "2076-13").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(month).getElementById("gap-refused").text()).startsWith("月份：");
        String order = mvc.perform(get("/surveys/gaps").param("from", "2076-03-10").param("to", "2076-03-01").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(order).getElementById("gap-refused").text()).startsWith("结束日期：");
        String to = mvc.perform(get("/surveys/gaps").param("from", "2076-03-10").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(to).getElementById("gap-refused").text()).startsWith("结束日期：");
    }

    @Test
    void managersAndHandlersAreRefused() throws Exception {
        for (String user : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER}) {
            mvc.perform(get("/surveys/gaps").param("month", MONTH.toString()).with(logins.as(user))).andExpect(status().isForbidden());
        }
    }
}
