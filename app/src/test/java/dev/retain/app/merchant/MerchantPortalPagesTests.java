package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.loyalty.PointsLedger;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The merchant's portal besides the counter: offers and outlets its clerks read and its admin changes, its staff
 * logins (admin only, clerks only), its receipts and their refund (admin only). A merchant's staff never reach another
 * merchant's offer, outlet or receipt (not found), and the operator's people never reach the portal. Merchant codes
 * PGP…, MSISDNs 137914001xx.
 */
@RetainWebTest
class MerchantPortalPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantOutlets outlets;
    @Autowired MerchantStaffLogins staff;
    @Autowired Counter counter;
    @Autowired PointsLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<SmscSimulator> simulator;

    @Test
    void theMerchantsAdminChangesOffersAndOutletsWhichItsClerkOnlyReads() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGP1");
        mvc.perform(post("/portal/offers").with(logins.as(m.admin())).with(csrf()).param("title", "洗车一次").param("kind", "experience")
                        .param("pointsPrice", "0").param("value", "40").param("validFrom", "2026-01-01").param("validTo", "2030-12-31"))
                .andExpect(redirectedUrl("/portal/offers")).andExpect(flash().attribute("saved", "优惠已添加。"));
        OfferView wash = offers.of(m.id()).stream().filter(o -> o.title().equals("洗车一次")).findFirst().orElseThrow();
        assertThat(wash.experience()).isTrue();
        assertThat(page(m.admin(), "/portal/offers")).contains("洗车一次").contains("体验").contains("id=\"new-offer\"");
        assertThat(page(m.admin(), "/portal/offers/" + wash.id())).contains("id=\"offer-form\"");
        mvc.perform(post("/portal/offers/" + wash.id()).with(logins.as(m.admin())).with(csrf()).param("title", "精洗一次").param("pointsPrice", "50")
                        .param("value", "40.00").param("validFrom", "2026-01-01").param("validTo", "2030-12-31").param("quota", "20")
                        .param("active", "true"))
                .andExpect(redirectedUrl("/portal/offers")).andExpect(flash().attribute("saved", "已保存。"));
        assertThat(offers.get(m.id(), wash.id())).satisfies(o -> {
            assertThat(o.title()).isEqualTo("精洗一次");
            assertThat(o.quota()).isEqualTo(20);
            assertThat(o.active()).isTrue();
        });
        mvc.perform(post("/portal/offers/" + wash.id()).with(logins.as(m.admin())).with(csrf()).param("title", "精洗一次").param("pointsPrice", "50")
                        .param("value", "4.005").param("validFrom", "2026-01-01").param("validTo", "2030-12-31").param("active", "true"))
                .andExpect(redirectedUrl("/portal/offers/" + wash.id()))
                .andExpect(flash().attribute("refused", "价值“4.005”须为0到1,000,000元之间的金额，最多两位小数。"));

        // the clerk reads, and may change nothing
        String clerkOffers = page(m.clerk(), "/portal/offers");
        assertThat(clerkOffers).contains("精洗一次").doesNotContain("id=\"new-offer\"").doesNotContain("method=\"post\" action=\"/portal/offers");
        assertThat(page(m.clerk(), "/portal/offers/" + wash.id())).contains("精洗一次").doesNotContain("id=\"offer-form\"");
        mvc.perform(post("/portal/offers").with(logins.as(m.clerk())).with(csrf()).param("title", "店员的优惠").param("kind", "redemption")
                .param("pointsPrice", "1").param("value", "1").param("validFrom", "2026-01-01").param("validTo", "2030-12-31"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/offers/" + wash.id()).with(logins.as(m.clerk())).with(csrf()).param("title", "改名").param("pointsPrice", "1")
                .param("value", "1").param("validFrom", "2026-01-01").param("validTo", "2030-12-31")).andExpect(status().isForbidden());
        assertThat(offers.get(m.id(), wash.id()).title()).isEqualTo("精洗一次");

        mvc.perform(post("/portal/outlets").with(logins.as(m.admin())).with(csrf()).param("name", "城西店").param("address", "杭州市西湖区文三路8号")
                .param("openingHours", "09:00-21:00")).andExpect(redirectedUrl("/portal/outlets")).andExpect(flash().attribute("saved", "门店已添加。"));
        OutletView outlet = outlets.of(m.id()).stream().filter(o -> o.name().equals("城西店")).findFirst().orElseThrow();
        mvc.perform(post("/portal/outlets/" + outlet.id()).with(logins.as(m.admin())).with(csrf()).param("name", "城西店")
                        .param("address", "杭州市西湖区文三路8号").param("openingHours", "09:00-22:00").param("active", "true"))
                .andExpect(flash().attribute("saved", "已保存。"));
        assertThat(outlets.of(m.id())).filteredOn(o -> o.id() == outlet.id()).singleElement()
                .satisfies(o -> assertThat(o.openingHours()).isEqualTo("09:00-22:00")).satisfies(o -> assertThat(o.active()).isTrue());
        assertThat(page(m.admin(), "/portal/outlets")).contains("value=\"09:00-22:00\"").contains("outlet-form-" + outlet.id());
        assertThat(page(m.clerk(), "/portal/outlets")).contains("09:00-22:00").doesNotContain("outlet-form-").doesNotContain("id=\"new-outlet\"");
        mvc.perform(post("/portal/outlets").with(logins.as(m.clerk())).with(csrf()).param("name", "x").param("address", "x")
                .param("openingHours", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/portal/outlets/" + outlet.id()).with(logins.as(m.clerk())).with(csrf()).param("name", "x").param("address", "x")
                .param("openingHours", "x")).andExpect(status().isForbidden());
    }

    @Test
    void anotherMerchantsOffersOutletsAndReceiptsAreNotFound() throws Exception {
        MerchantFixture.Made mine = MerchantFixture.merchantOnce(merchants, staff, "PGP2");
        MerchantFixture.Made theirs = MerchantFixture.merchantOnce(merchants, staff, "PGP3");
        OfferView theirOffer = MerchantFixture.offer(offers, theirs.id(), "别家的咖啡", "redemption", 100, 10);
        long theirOutlet = outlets.add(theirs.id(), new OutletDraft("别家门店", "别处", "全天"));
        String theirReceipt = receipt(theirs, "13791400101", 120);

        for (String user : List.of(mine.admin(), mine.clerk())) {
            mvc.perform(get("/portal/offers/" + theirOffer.id()).with(logins.as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/portal/receipts/" + theirReceipt).with(logins.as(user))).andExpect(status().isNotFound());
            assertThat(page(user, "/portal/offers")).doesNotContain("别家的咖啡");
            assertThat(page(user, "/portal/outlets")).doesNotContain("别家门店");
            assertThat(page(user, "/portal/receipts")).doesNotContain(theirReceipt);
        }
        mvc.perform(post("/portal/offers/" + theirOffer.id()).with(logins.as(mine.admin())).with(csrf()).param("title", "抢来的").param("pointsPrice", "1")
                .param("value", "1").param("validFrom", "2026-01-01").param("validTo", "2030-12-31").param("active", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/outlets/" + theirOutlet).with(logins.as(mine.admin())).with(csrf()).param("name", "抢来的").param("address", "x")
                .param("openingHours", "x").param("active", "false")).andExpect(status().isNotFound());
        mvc.perform(post("/portal/receipts/" + theirReceipt + "/refund").with(logins.as(mine.admin())).with(csrf()).param("confirm", "true"))
                .andExpect(status().isNotFound());
        assertThat(offers.get(theirs.id(), theirOffer.id()).title()).isEqualTo("别家的咖啡");
        assertThat(outlets.of(theirs.id())).filteredOn(o -> o.id() == theirOutlet).singleElement().satisfies(o -> assertThat(o.active()).isTrue());
        assertThat(ledger.balance("13791400101").balance()).as("not refunded").isEqualTo(1000 - 120);
        // the owner sees them
        assertThat(page(theirs.clerk(), "/portal/receipts/" + theirReceipt)).contains(theirReceipt);
        assertThat(page(theirs.clerk(), "/portal/offers/" + theirOffer.id())).contains("别家的咖啡");
    }

    @Test
    void onlyTheMerchantsAdminRefundsAReceipt() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGP4");
        String msisdn = "13791400102";
        String no = receipt(m, msisdn, 200);
        assertThat(page(m.clerk(), "/portal/receipts/" + no)).doesNotContain("id=\"refund-form\"");
        mvc.perform(post("/portal/receipts/" + no + "/refund").with(logins.as(m.clerk())).with(csrf()).param("confirm", "true"))
                .andExpect(status().isForbidden());
        assertThat(page(m.admin(), "/portal/receipts/" + no)).contains("id=\"refund-form\"");
        mvc.perform(post("/portal/receipts/" + no + "/refund").with(logins.as(m.admin())).with(csrf()))
                .andExpect(redirectedUrl("/portal/receipts/" + no)).andExpect(flash().attribute("refused", "请勾选确认框后再退回。"));
        assertThat(ledger.balance(msisdn).balance()).isEqualTo(800);
        mvc.perform(post("/portal/receipts/" + no + "/refund").with(logins.as(m.admin())).with(csrf()).param("confirm", "true"))
                .andExpect(redirectedUrl("/portal/receipts/" + no)).andExpect(flash().attribute("saved", "小票已退回，积分已返还客户。"));
        assertThat(ledger.balance(msisdn).balance()).isEqualTo(1000);
        mvc.perform(post("/portal/receipts/" + no + "/refund").with(logins.as(m.admin())).with(csrf()).param("confirm", "true"))
                .andExpect(flash().attribute("refused", "小票" + no + "已退回。"));
        assertThat(page(m.admin(), "/portal/receipts/" + no)).contains("已退回").doesNotContain("id=\"refund-form\"");
        assertThat(page(m.clerk(), "/portal/receipts")).contains(no).contains("已退回");
    }

    @Test
    void theMerchantsAdminMakesClerksOnlyAndTheClerkSeesNoLogins() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGP5");
        MerchantFixture.Made other = MerchantFixture.merchantOnce(merchants, staff, "PGP6");
        String logins0 = page(m.admin(), "/portal/staff");
        assertThat(logins0).contains(m.admin()).contains(m.clerk()).contains("id=\"nav-staff\"").contains("toggle-" + m.clerk())
                .as("no button to disable oneself").doesNotContain("toggle-" + m.admin());
        // a role in the form is ignored: the portal makes clerks
        mvc.perform(post("/portal/staff").with(logins.as(m.admin())).with(csrf()).param("username", "pgp5-new-clerk")
                        .param("password", "merchant-password-3").param("displayName", "新店员").param("role", "merchant_admin"))
                .andExpect(redirectedUrl("/portal/staff")).andExpect(flash().attribute("saved", "账号已创建。"));
        assertThat(staff.ofMerchant(m.id())).filteredOn(l -> l.username().equals("pgp5-new-clerk")).singleElement()
                .satisfies(l -> assertThat(l.role()).isEqualTo(Role.MERCHANT_CLERK));
        mvc.perform(post("/portal/staff").with(logins.as(m.admin())).with(csrf()).param("username", m.clerk())
                .param("password", "merchant-password-3")).andExpect(flash().attribute("refused", "用户 " + m.clerk() + " 已存在。"));
        mvc.perform(post("/portal/staff/pgp5-new-clerk/enabled").with(logins.as(m.admin())).with(csrf()).param("enabled", "false"))
                .andExpect(flash().attribute("saved", "已保存。"));
        assertThat(staff.ofMerchant(m.id())).filteredOn(l -> l.username().equals("pgp5-new-clerk")).singleElement()
                .satisfies(l -> assertThat(l.enabled()).isFalse());
        mvc.perform(post("/portal/staff/" + other.clerk() + "/enabled").with(logins.as(m.admin())).with(csrf()).param("enabled", "false"))
                .andExpect(flash().attribute("refused", "没有用户 " + other.clerk() + "。"));
        assertThat(staff.ofMerchant(other.id())).filteredOn(l -> l.username().equals(other.clerk())).singleElement()
                .satisfies(l -> assertThat(l.enabled()).isTrue());

        mvc.perform(get("/portal/staff").with(logins.as(m.clerk()))).andExpect(status().isForbidden());
        mvc.perform(post("/portal/staff").with(logins.as(m.clerk())).with(csrf()).param("username", "pgp5-by-clerk")
                .param("password", "merchant-password-3")).andExpect(status().isForbidden());
        mvc.perform(post("/portal/staff/" + m.admin() + "/enabled").with(logins.as(m.clerk())).with(csrf()).param("enabled", "false"))
                .andExpect(status().isForbidden());
        assertThat(page(m.clerk(), "/portal/counter")).doesNotContain("id=\"nav-staff\"");
    }

    @Test
    void theOperatorsPeopleNeverReachThePortal() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGP7");
        OfferView offer = MerchantFixture.offer(offers, m.id(), "门户优惠", "redemption", 10, null);
        for (String user : List.of(TestLogins.ADMIN, TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.HANDLER, TestLogins.PHONE,
                TestLogins.CUSTOMER_MANAGER)) {
            for (String path : List.of("/portal/counter", "/portal/receipts", "/portal/receipts/PGP7-20260101-1", "/portal/offers",
                    "/portal/offers/" + offer.id(), "/portal/outlets", "/portal/staff")) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/portal/offers").with(logins.as(user)).with(csrf()).param("title", "x")).andExpect(status().isForbidden());
            mvc.perform(post("/portal/staff").with(logins.as(user)).with(csrf()).param("username", "x")).andExpect(status().isForbidden());
        }
        // and merchant staff reach none of the operator's pages
        for (String user : List.of(m.admin(), m.clerk())) {
            for (String path : List.of("/messages", "/alerts", "/care/today", "/notifications", "/notifications/bell", "/supervisor",
                    "/complaints", "/admin/users")) {
                mvc.perform(get(path).with(logins.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(get("/").with(logins.as(user))).andExpect(redirectedUrl("/portal/counter"));
        }
    }

    @Test
    void thePortalReadsInEnglishToo() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGP8");
        OfferView offer = MerchantFixture.offer(offers, m.id(), "Car wash", "experience", 0, 5);
        outlets.add(m.id(), new OutletDraft("West", "8 Wensan Road", "09:00-21:00"));
        String no = receipt(m, "13791400103", 50);
        for (String path : List.of("/portal/counter", "/portal/receipts", "/portal/receipts/" + no, "/portal/offers", "/portal/offers/" + offer.id(),
                "/portal/outlets", "/portal/staff")) {
            String html = mvc.perform(get(path).with(logins.as(m.admin())).cookie(new jakarta.servlet.http.Cookie("retain-lang", "en")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).as(path + ": every text has its English").doesNotContain("??").contains("Counter");
        }
    }

    /** A receipt of {@code merchant}: a customer with 1,000 points verified by the code on their handset pays {@code points}. */
    private String receipt(MerchantFixture.Made merchant, String msisdn, long points) {
        MerchantFixture.customer(jdbc, msisdn, 1000, "gold");
        var clerk = MerchantFixture.staff(merchant, merchant.clerk(), Role.MERCHANT_CLERK);
        long mark = CounterCodes.mark(simulator.getObject());
        CounterVerification v = counter.sendCode(clerk, msisdn);
        CounterToken token = counter.checkCode(clerk, v.id(), CounterCodes.codeSentTo(simulator.getObject(), msisdn, mark));
        return counter.redeem(clerk, UUID.randomUUID().toString(), token.token(), null, points).receiptNo();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theMerchantsAdminMakesATillKeyShownOnceAndRevokesIt() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGP7");
        MerchantFixture.Made other = MerchantFixture.merchantOnce(merchants, staff, "PGP8");
        String till = "till-pgp7-" + Long.toString(System.nanoTime(), 36);
        var made = mvc.perform(post("/portal/staff/tills").with(logins.as(m.admin())).with(csrf()).param("name", till))
                .andExpect(redirectedUrl("/portal/staff")).andReturn();
        String key = (String) made.getFlashMap().get("newTillKey");
        assertThat(key).startsWith("rtk_");
        assertThat(page(m.admin(), "/portal/staff")).contains(till).doesNotContain(key);
        long clientId = staff.tillsOf(m.id()).stream().filter(t -> t.name().equals(till)).findFirst().orElseThrow().clientId();

        mvc.perform(post("/portal/staff/tills").with(logins.as(m.clerk())).with(csrf()).param("name", till + "-c")).andExpect(status().isForbidden());
        mvc.perform(post("/portal/staff/tills/" + clientId + "/revoke").with(logins.as(other.admin())).with(csrf()))
                .andExpect(redirectedUrl("/portal/staff")).andExpect(flash().attributeExists("refused"));
        assertThat(staff.tillsOf(m.id()).stream().filter(t -> t.clientId() == clientId).findFirst().orElseThrow().revokedAt()).isNull();
        mvc.perform(post("/portal/staff/tills/" + clientId + "/revoke").with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/counter/balance").header("Authorization", "Bearer " + key)).andExpect(status().isMethodNotAllowed());
        mvc.perform(post("/portal/staff/tills/" + clientId + "/revoke").with(logins.as(m.admin())).with(csrf()))
                .andExpect(redirectedUrl("/portal/staff")).andExpect(flash().attributeExists("saved"));
        mvc.perform(post("/api/v1/counter/balance").header("Authorization", "Bearer " + key).contentType("application/json")
                .content("{\"token\":\"x\"}")).andExpect(status().isUnauthorized());
    }
}
