package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.workorder.WorkOrders;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The merchant assessment (SPEC R11.4) on the real database: the total and grade computed to the cent from entered
 * scores, the merchant's complaints, its counter's redemptions and its complaints' callbacks, with weights 30/20/20/20/10;
 * a second assessment of a quarter is a new version; two consecutive D quarters flag the merchant, and the review takes
 * it offline; the admin edits weights and thresholds; the merchant reads only its own grades; wrong roles are refused.
 * MSISDNs 137917500xx-137917999xx and merchant codes "ASA…" belong to this class.
 */
@RetainWebTest
class MerchantAssessmentPagesTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final RetainUser ADMIN = new RetainUser(TestLogins.ADMIN, "测试管理员", Role.ADMIN, null);
    private static final RetainUser HANDLER = new RetainUser(TestLogins.HANDLER, "测试投诉处理员", Role.COMPLAINT_HANDLER, null);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins staff;
    @Autowired MerchantComplaints complaints;
    @Autowired MerchantAssessments assessments;
    @Autowired WorkOrders workOrders;
    @Autowired JdbcClient jdbc;

    private MerchantFixture.Made shop;
    private MerchantFixture.Made otherShop;
    private String msisdn;
    private AssessmentPeriod now;

    @BeforeEach
    void shopsAndTheDefaultScheme() {
        int n = NEXT.incrementAndGet();
        shop = MerchantFixture.merchant(merchants, staff, "ASA" + n + "-" + (System.nanoTime() % 100000));
        otherShop = MerchantFixture.merchant(merchants, staff, "ASB" + n + "-" + (System.nanoTime() % 100000));
        msisdn = "1379175" + String.format("%04d", n);
        MerchantFixture.customer(jdbc, msisdn, 0, "gold");
        now = assessments.currentPeriod();
        defaultScheme();
    }

    @AfterEach
    void restoreTheScheme() {
        defaultScheme();
    }

    private void defaultScheme() {
        assessments.saveWeights(Map.of("service", 30, "complaints", 20, "redemptions", 20, "satisfaction", 20, "compliance", 10), 10, 60, ADMIN);
        assessments.saveThresholds(new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"), ADMIN);
    }

    private String page(String user, String url) throws Exception {
        String html = mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).as("a message key without a text").doesNotContain("??");
        return html;
    }

    /** A complaint about the shop whose work order is closed now with this callback satisfaction. */
    private void closedComplaint(int satisfaction) {
        long order = complaints.record(shop.id(), msisdn, "服务投诉", null, HANDLER).workOrderId();
        workOrders.assign(order, TestLogins.HANDLER, TestLogins.HANDLER);
        workOrders.start(order, TestLogins.HANDLER);
        workOrders.resolve(order, "已处理", TestLogins.HANDLER);
        workOrders.close(order, "satisfied", satisfaction, null, TestLogins.HANDLER);
    }

    private MockHttpServletRequestBuilder assess(String user, long merchantId, String period, String service, String compliance,
                                                 String satisfaction) {
        MockHttpServletRequestBuilder request = post("/admin/merchant-assessments").with(logins.as(user)).with(csrf())
                .param("merchantId", String.valueOf(merchantId)).param("period", period).param("service", service)
                .param("compliance", compliance).param("note", "季度考核");
        return satisfaction == null ? request : request.param("satisfaction", satisfaction);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theTotalAndGradeAreComputedFromEnteredAndComputedScores() throws Exception {
        closedComplaint(4);
        closedComplaint(5);
        MerchantFixture.redemptions(jdbc, shop.id(), msisdn, 31, 1);   // 30 count: a refund does not
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), now.toString(), "80", "70", "10"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/merchant-assessments/merchants/" + shop.id()))
                .andExpect(flash().attributeExists("done"));

        MerchantAssessment a = assessments.history(shop.id()).get(0);
        assertThat(a.period()).isEqualTo(now.toString());
        assertThat(a.version()).isEqualTo(1);
        assertThat(a.assessedBy()).isEqualTo(TestLogins.ADMIN);
        assertThat(a.scores()).extracting(MerchantAssessment.Score::item, MerchantAssessment.Score::weight, MerchantAssessment.Score::score,
                        MerchantAssessment.Score::source, MerchantAssessment.Score::basis)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("service", 30, d("80.00"), "entered", null),
                        org.assertj.core.groups.Tuple.tuple("complaints", 20, d("80.00"), "computed", "complaints=2;per=10"),
                        org.assertj.core.groups.Tuple.tuple("redemptions", 20, d("50.00"), "computed", "redemptions=30;full=60"),
                        // the callbacks' satisfaction wins over the entered 10
                        org.assertj.core.groups.Tuple.tuple("satisfaction", 20, d("90.00"), "computed", "callbacks=2;average=4.50"),
                        org.assertj.core.groups.Tuple.tuple("compliance", 10, d("70.00"), "entered", null));
        // 0.3 × 80 + 0.2 × 80 + 0.2 × 50 + 0.2 × 90 + 0.1 × 70 = 75.00: exactly B's minimum
        assertThat(a.total()).isEqualTo(d("75.00"));
        assertThat(a.grade()).isEqualTo("B");

        // the same quarter again: a new version in force, the first kept
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), now.toString(), "79", "70", null)).andExpect(status().is3xxRedirection());
        List<MerchantAssessment> history = assessments.history(shop.id());
        assertThat(history).extracting(MerchantAssessment::version, MerchantAssessment::current, MerchantAssessment::total,
                MerchantAssessment::grade).containsExactly(org.assertj.core.groups.Tuple.tuple(2, true, d("74.70"), "C"),
                org.assertj.core.groups.Tuple.tuple(1, false, d("75.00"), "B"));
        // an earlier quarter: its own facts (none of this quarter's complaints or redemptions)
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), now.previous().toString(), "90", "90", "90")).andExpect(status().is3xxRedirection());
        MerchantAssessment earlier = assessments.history(shop.id()).stream().filter(x -> x.period().equals(now.previous().toString()))
                .findFirst().orElseThrow();
        assertThat(earlier.scores()).extracting(MerchantAssessment.Score::score)
                .containsExactly(d("90.00"), d("100.00"), d("0.00"), d("90.00"), d("90.00"));
        assertThat(earlier.total()).isEqualTo(d("74.00"));

        String historyPage = page(TestLogins.ADMIN, "/admin/merchant-assessments/merchants/" + shop.id());
        assertThat(historyPage).contains("75.00").contains("74.70").contains("2起投诉，每起扣10分").contains("30笔核销，60笔为满分")
                .contains("2次回访，平均满意度4.50分").contains("已被后续版本取代").contains("B级").contains("C级");
        assertThat(page(TestLogins.ADMIN, "/admin/merchant-assessments")).contains(shop.code()).contains("74.70");
        assertThat(jdbc.sql("select thresholds ->> 'B' from merchant_assessment where id = ?").param(a.id()).query(String.class).single())
                .isEqualTo("75.00");

        // the merchant sees its own grades, the one in force per quarter; another merchant none of them
        String portal = page(shop.clerk(), "/portal/assessment");
        assertThat(portal).contains(now + "：C级").contains(now.previous() + "：C级").doesNotContain("75.00");
        assertThat(page(otherShop.admin(), "/portal/assessment")).doesNotContain(shop.code()).doesNotContain("74.70").contains("暂无考核记录");
    }

    @Test
    void satisfactionIsEnteredWhenNoCallbackGaveOneAndBadEntriesAreRefused() throws Exception {
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), now.toString(), "80", "70", null)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/merchant-assessments")).andExpect(flash().attribute("refused",
                        now + "没有带满意度的商家投诉回访，请录入客户满意度得分。"));
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), now.toString(), "101", "70", "80")).andExpect(flash().attributeExists("refused"));
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), now.toString(), "abc", "70", "80")).andExpect(flash().attributeExists("refused"));
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), "2999-Q1", "80", "70", "80")).andExpect(flash().attributeExists("refused"));
        mvc.perform(assess(TestLogins.ADMIN, shop.id(), "2026Q1", "80", "70", "80")).andExpect(flash().attributeExists("refused"));
        mvc.perform(assess(TestLogins.ADMIN, 999_999_999L, now.toString(), "80", "70", "80")).andExpect(status().isNotFound());
        assertThat(assessments.history(shop.id())).isEmpty();

        mvc.perform(assess(TestLogins.ADMIN, shop.id(), now.toString(), "80", "70", "66.5")).andExpect(flash().attributeExists("done"));
        MerchantAssessment a = assessments.history(shop.id()).get(0);
        assertThat(a.scores().get(3)).extracting(MerchantAssessment.Score::score, MerchantAssessment.Score::source)
                .containsExactly(d("66.50"), "entered");
        // no complaints: 100; no redemptions: 0. 24 + 20 + 0 + 13.3 + 7 = 64.30
        assertThat(a.total()).isEqualTo(d("64.30"));
        assertThat(a.grade()).isEqualTo("C");
    }

    @Test
    void twoConsecutiveDGradesFlagTheMerchantAndTheReviewTakesItOffline() throws Exception {
        // 0 + 20 (no complaints) + 0 + 0.2 × 20 + 0 = 24.00: D
        MerchantAssessment first = assessments.record(new AssessmentEntry(shop.id(), now.previous().toString(), d("0"), d("0"), d("20"), null), ADMIN);
        assertThat(first.total()).isEqualTo(d("24.00"));
        assertThat(first.grade()).isEqualTo("D");
        assertThat(assessments.openFlags()).noneMatch(f -> f.merchantId() == shop.id());
        // D, then not D, then D: never two in a row for the other shop
        assessments.record(new AssessmentEntry(otherShop.id(), now.previous().previous().toString(), d("0"), d("0"), d("20"), null), ADMIN);
        assessments.record(new AssessmentEntry(otherShop.id(), now.previous().toString(), d("100"), d("100"), d("100"), null), ADMIN);
        assessments.record(new AssessmentEntry(otherShop.id(), now.toString(), d("0"), d("0"), d("20"), null), ADMIN);
        assertThat(assessments.openFlags()).noneMatch(f -> f.merchantId() == otherShop.id());

        MerchantAssessment second = assessments.record(new AssessmentEntry(shop.id(), now.toString(), d("10"), d("10"), d("20"), null), ADMIN);
        assertThat(second.grade()).isEqualTo("D");
        assertThat(assessments.openFlags()).filteredOn(f -> f.merchantId() == shop.id()).singleElement()
                .satisfies(f -> {
                    assertThat(f.period()).isEqualTo(now.toString());
                    assertThat(f.previousPeriod()).isEqualTo(now.previous().toString());
                    assertThat(f.assessmentId()).isEqualTo(second.id());
                    assertThat(f.merchantOnline()).isTrue();
                });
        // assessing the quarter again raises no second flag
        assessments.record(new AssessmentEntry(shop.id(), now.toString(), d("5"), d("5"), d("20"), null), ADMIN);
        List<ReviewFlag> open = assessments.openFlags().stream().filter(f -> f.merchantId() == shop.id()).toList();
        assertThat(open).hasSize(1);

        String page = page(TestLogins.ADMIN, "/admin/merchant-assessments");
        assertThat(page).contains("/admin/merchant-assessments/flags/" + open.get(0).id() + "/review").contains(shop.code());
        mvc.perform(post("/admin/merchant-assessments/flags/" + open.get(0).id() + "/review").with(logins.as(TestLogins.ADMIN)).with(csrf())
                        .param("decision", "offline").param("note", "连续两季D级，约谈后下线"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("done"));
        assertThat(merchants.get(shop.id()).online()).isFalse();
        assertThat(merchants.history(shop.id()).get(0)).extracting(MerchantChange::action, MerchantChange::byUser)
                .containsExactly("offline", TestLogins.ADMIN);
        assertThat(assessments.openFlags()).noneMatch(f -> f.merchantId() == shop.id());
        assertThat(assessments.flagsOf(shop.id())).singleElement().extracting(ReviewFlag::outcome, ReviewFlag::reviewedBy)
                .containsExactly("taken_offline", TestLogins.ADMIN);
        mvc.perform(post("/admin/merchant-assessments/flags/" + open.get(0).id() + "/review").with(logins.as(TestLogins.ADMIN)).with(csrf())
                .param("decision", "keep")).andExpect(flash().attributeExists("refused"));
        assertThat(page(TestLogins.ADMIN, "/admin/merchant-assessments/merchants/" + shop.id())).contains("已下线").contains("约谈后下线");
        assertThatThrownBy(() -> jdbc.sql("update merchant_assessment set grade = 'A' where id = ?").param(second.id()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theAdminEditsWeightsAndThresholdsWhichLaterAssessmentsUse() throws Exception {
        long changes = jdbc.sql("select count(*) from merchant_assessment_scheme_change").query(Long.class).single();
        mvc.perform(post("/admin/merchant-assessments/weights").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("weight-service", "40")
                        .param("weight-complaints", "20").param("weight-redemptions", "20").param("weight-satisfaction", "20")
                        .param("weight-compliance", "10").param("pointsPerComplaint", "10").param("fullRedemptions", "60"))
                .andExpect(flash().attribute("refused", "五项权重须为0到100的整数，合计100（现为110）。"));
        mvc.perform(post("/admin/merchant-assessments/weights").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("weight-service", "40")
                        .param("weight-complaints", "10").param("weight-redemptions", "20").param("weight-satisfaction", "20")
                        .param("weight-compliance", "10").param("pointsPerComplaint", "25").param("fullRedemptions", "40"))
                .andExpect(flash().attributeExists("done"));
        mvc.perform(post("/admin/merchant-assessments/thresholds").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("a", "60")
                .param("b", "70").param("c", "50")).andExpect(flash().attributeExists("refused"));
        mvc.perform(post("/admin/merchant-assessments/thresholds").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("a", "85")
                .param("b", "70").param("c", "50")).andExpect(flash().attributeExists("done"));
        assertThat(jdbc.sql("select count(*) from merchant_assessment_scheme_change").query(Long.class).single()).isEqualTo(changes + 2);
        AssessmentScheme scheme = assessments.scheme();
        assertThat(scheme.item("service").weight()).isEqualTo(40);
        assertThat(scheme.item("complaints").parameter()).isEqualTo(25);
        assertThat(scheme.minimumOf("A")).isEqualTo(d("85.00"));

        complaints.record(shop.id(), msisdn, "服务投诉", null, HANDLER);
        MerchantFixture.redemptions(jdbc, shop.id(), msisdn, 10, 0);
        MerchantAssessment a = assessments.record(new AssessmentEntry(shop.id(), now.toString(), d("100"), d("100"), d("100"), null), ADMIN);
        // 40 × 100 + 10 × 75 (one complaint, 25 off) + 20 × 25 (10 of 40) + 20 × 100 + 10 × 100 = 8,250 / 100
        assertThat(a.total()).isEqualTo(d("82.50"));
        assertThat(a.grade()).isEqualTo("B");
        assertThat(page(TestLogins.ADMIN, "/admin/merchant-assessments")).contains("value=\"40\"").contains("value=\"85.00\"");
    }

    @Test
    void theWrongRolesAreRefused() throws Exception {
        MerchantAssessment a = assessments.record(new AssessmentEntry(shop.id(), now.toString(), d("50"), d("50"), d("50"), null), ADMIN);
        for (String user : List.of(TestLogins.SUPERVISOR, TestLogins.HANDLER, TestLogins.ANALYST, TestLogins.PHONE, shop.admin(), shop.clerk())) {
            mvc.perform(get("/admin/merchant-assessments").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/merchant-assessments/merchants/" + shop.id()).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(assess(user, shop.id(), now.toString(), "100", "100", "100")).andExpect(status().isForbidden());
            mvc.perform(post("/admin/merchant-assessments/thresholds").with(logins.as(user)).with(csrf()).param("a", "95").param("b", "80")
                    .param("c", "70")).andExpect(status().isForbidden());
        }
        for (String user : List.of(TestLogins.ADMIN, TestLogins.SUPERVISOR, TestLogins.HANDLER, TestLogins.ANALYST)) {
            mvc.perform(get("/portal/assessment").with(logins.as(user))).andExpect(status().isForbidden());
        }
        assertThat(assessments.history(shop.id())).singleElement().extracting(MerchantAssessment::id).isEqualTo(a.id());
        assertThat(assessments.scheme().minimumOf("A")).isEqualTo(d("90.00"));
    }
}
