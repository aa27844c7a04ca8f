package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
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
import dev.retain.engine.value.Msisdn;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import dev.retain.app.BrowserSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The portal's counter as a clerk uses it (SPEC R11.2): the customer's number, the code from the customer's handset
 * (the test's SMSC simulator), the customer's points and today's offers; a redemption answers a receipt, and the same
 * form sent twice spends once. The verification and the token live in the HTTP session only: never in a page or a
 * URL. MSISDNs 137914000xx, merchant codes PGC….
 */
@RetainWebTest
class MerchantCounterPagesTests {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{20,})");

    @Autowired MockMvc mvc;
    @Autowired SessionRepository<? extends Session> sessions;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantStaffLogins staff;
    @Autowired PointsLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<SmscSimulator> simulator;

    @Test
    void aClerkVerifiesACustomerRedeemsAnOfferAndADoubleSubmitSpendsOnce() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGC1");
        OfferView tea = MerchantFixture.offer(offers, m.id(), "招牌奶茶一杯", "redemption", 300, null);
        String msisdn = "13791400001";
        MerchantFixture.customer(jdbc, msisdn, 1000, "gold");
        String masked = Msisdn.mask(msisdn);
        BrowserSession session = new BrowserSession();

        String start = page(m.clerk(), session, "/portal/counter");
        assertThat(start).contains("客户手机号码").contains("id=\"code-form\"").contains("id=\"nav-counter\"")
                .doesNotContain("id=\"nav-messages\"").doesNotContain("id=\"bell\"").doesNotContain("id=\"nav-staff\"");

        verify(m.clerk(), session, msisdn);
        String customer = page(m.clerk(), session, "/portal/counter");
        assertThat(customer).contains(masked).contains("金卡").contains("1,000").contains("招牌奶茶一杯").contains("积分抵扣消费")
                .doesNotContain(msisdn);
        String token = token(session);
        assertThat(customer).as("the token stays in the session").doesNotContain(token);

        // the redeem form's key was made when the page was drawn: the same form sent twice answers one receipt
        String key = Jsoup.parse(customer).select("#choice-" + tea.id() + " input[name=key]").attr("value");
        assertThat(key).hasSize(36);
        String receiptUrl = redeem(m.clerk(), session, key, "offerId", Long.toString(tea.id()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(receiptUrl).startsWith("/portal/receipts/PGC1-");
        redeem(m.clerk(), session, key, "offerId", Long.toString(tea.id()))
                .andExpect(redirectedUrl(receiptUrl)).andExpect(flash().attribute("notice", startsWith("该表单已提交过")));
        assertThat(ledger.balance(msisdn).balance()).as("spent once").isEqualTo(700);
        assertThat(offers.get(m.id(), tea.id()).used()).isEqualTo(1);

        String receipt = page(m.clerk(), session, receiptUrl);
        assertThat(receipt).contains(receiptUrl.substring("/portal/receipts/".length())).contains("测试商家PGC1").contains("店员PGC1")
                .contains(masked).contains("兑换 · 招牌奶茶一杯").contains("300").contains("700").contains("data-print")
                .doesNotContain(msisdn).doesNotContain(token).doesNotContain("id=\"refund-form\"");

        // more points than usable: refused by name, nothing spent
        String points = Jsoup.parse(page(m.clerk(), session, "/portal/counter")).select("#points-form input[name=key]").attr("value");
        redeem(m.clerk(), session, points, "points", "900")
                .andExpect(redirectedUrl("/portal/counter")).andExpect(flash().attribute("refused", "需要900积分，可用仅700积分。"));
        redeem(m.clerk(), session, points, "points", "abc")
                .andExpect(flash().attribute("refused", "积分abc须在1到10,000,000之间。"));
        String consumption = redeem(m.clerk(), session, points, "points", "150").andReturn().getResponse().getRedirectedUrl();
        assertThat(page(m.clerk(), session, consumption)).contains("积分消费").contains("550");
        assertThat(ledger.balance(msisdn).balance()).isEqualTo(550);

        // the next customer: the session forgets this one; a late repeat of the first form still answers its receipt
        mvc.perform(post("/portal/counter/next").with(logins.as(m.clerk())).with(csrf()).with(session)).andDo(session)
                .andExpect(redirectedUrl("/portal/counter"));
        assertThat(session.attribute(sessions, "merchant.counter")).isNull();
        assertThat(page(m.clerk(), session, "/portal/counter")).contains("id=\"code-form\"").doesNotContain(masked);
        redeem(m.clerk(), session, key, "offerId", Long.toString(tea.id())).andExpect(redirectedUrl(receiptUrl));
        redeem(m.clerk(), session, "fresh-key-1", "points", "10")
                .andExpect(flash().attribute("refused", "客户验证已过期或无效，请重新验证客户。"));
        assertThat(ledger.balance(msisdn).balance()).isEqualTo(550);

        String receipts = page(m.clerk(), session, "/portal/receipts");
        assertThat(receipts).contains(receiptUrl).contains(consumption).doesNotContain(msisdn);
    }

    @Test
    void wrongCodesAndUnknownNumbersAreRefusedByName() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGC2");
        String msisdn = "13791400002";
        MerchantFixture.customer(jdbc, msisdn, 100, null);
        BrowserSession session = new BrowserSession();
        mvc.perform(post("/portal/counter/code").with(logins.as(m.clerk())).with(csrf()).with(session).param("msisdn", "13791409999")).andDo(session)
                .andExpect(redirectedUrl("/portal/counter")).andExpect(flash().attribute("refused", Msisdn.mask("13791409999") + "不是联盟会员。"));
        mvc.perform(post("/portal/counter/code").with(logins.as(m.clerk())).with(csrf()).with(session).param("msisdn", "12")).andDo(session)
                .andExpect(flash().attribute("refused", "请输入客户的手机号码。"));
        mvc.perform(post("/portal/counter/verify").with(logins.as(m.clerk())).with(csrf()).with(session).param("code", "123456")).andDo(session)
                .andExpect(flash().attribute("refused", "客户验证已过期或无效，请重新验证客户。"));
        mvc.perform(post("/portal/counter/code").with(logins.as(m.clerk())).with(csrf()).with(session).param("msisdn", msisdn)).andDo(session)
                .andExpect(flash().attribute("saved", "验证码已发送至" + Msisdn.mask(msisdn) + "。"));
        assertThat(page(m.clerk(), session, "/portal/counter")).contains("id=\"verify-form\"").contains(Msisdn.mask(msisdn))
                .doesNotContain(msisdn);
        mvc.perform(post("/portal/counter/verify").with(logins.as(m.clerk())).with(csrf()).with(session).param("code", "000000x")).andDo(session)
                .andExpect(flash().attribute("refused", "验证码错误，还可尝试4次。"));
        // another number: back to the first step
        mvc.perform(post("/portal/counter/next").with(logins.as(m.clerk())).with(csrf()).with(session)).andDo(session);
        assertThat(page(m.clerk(), session, "/portal/counter")).contains("id=\"code-form\"");
        // an offline merchant's counter says so
        MerchantFixture.Made offline = MerchantFixture.merchantOnce(merchants, staff, "PGC3");
        MerchantView v = merchants.get(offline.id());
        if (v.online()) merchants.setOnline(v.id(), v.version(), false, MerchantFixture.operatorAdmin());
        assertThat(page(offline.clerk(), new BrowserSession(), "/portal/counter")).contains("已下线，柜台暂停服务");
        mvc.perform(post("/portal/counter/code").with(logins.as(offline.clerk())).with(csrf()).param("msisdn", msisdn))
                .andExpect(flash().attribute("refused", "商家测试商家PGC3已下线，柜台暂停服务。"));
    }

    @Test
    void anotherMerchantsOfferIsNotFoundEvenWithAVerifiedCustomer() throws Exception {
        MerchantFixture.Made mine = MerchantFixture.merchantOnce(merchants, staff, "PGC4");
        MerchantFixture.Made theirs = MerchantFixture.merchantOnce(merchants, staff, "PGC5");
        OfferView theirOffer = MerchantFixture.offer(offers, theirs.id(), "别家的优惠", "redemption", 10, null);
        String msisdn = "13791400004";
        MerchantFixture.customer(jdbc, msisdn, 500, "silver");
        BrowserSession session = new BrowserSession();
        verify(mine.clerk(), session, msisdn);
        redeem(mine.clerk(), session, "their-offer-1", "offerId", Long.toString(theirOffer.id())).andExpect(status().isNotFound());
        assertThat(ledger.balance(msisdn).balance()).isEqualTo(500);
        // operator roles never reach the counter
        for (String user : java.util.List.of(TestLogins.ADMIN, TestLogins.SUPERVISOR, TestLogins.PHONE)) {
            mvc.perform(get("/portal/counter").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/portal/counter/code").with(logins.as(user)).with(csrf()).param("msisdn", msisdn)).andExpect(status().isForbidden());
            mvc.perform(post("/portal/counter/redeem").with(logins.as(user)).with(csrf()).param("key", "k").param("points", "1"))
                    .andExpect(status().isForbidden());
        }
    }

    /** Steps one and two, with the code the customer's handset received. */
    private void verify(String clerk, BrowserSession session, String msisdn) throws Exception {
        long mark = CounterCodes.mark(simulator.getObject());
        mvc.perform(post("/portal/counter/code").with(logins.as(clerk)).with(csrf()).with(session).param("msisdn", msisdn)).andDo(session)
                .andExpect(redirectedUrl("/portal/counter")).andExpect(flash().attributeExists("saved"));
        String code = CounterCodes.codeSentTo(simulator.getObject(), msisdn, mark);
        assertThat(page(clerk, session, "/portal/counter")).as("the code is nowhere on the page").doesNotContain(code);
        mvc.perform(post("/portal/counter/verify").with(logins.as(clerk)).with(csrf()).with(session).param("code", code)).andDo(session)
                .andExpect(redirectedUrl("/portal/counter")).andExpect(flash().attribute("saved", "客户" + Msisdn.mask(msisdn) + "已通过验证。"));
    }

    private ResultActions redeem(String clerk, BrowserSession session, String key, String field, String value) throws Exception {
        return mvc.perform(post("/portal/counter/redeem").with(logins.as(clerk)).with(csrf()).with(session).param("key", key)
                .param(field, value)).andDo(session);
    }

    private String page(String user, BrowserSession session, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user)).with(session)).andDo(session).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String token(BrowserSession session) {
        Matcher t = TOKEN.matcher(String.valueOf(session.attribute(sessions, "merchant.counter")));
        assertThat(t.find()).as("a token in the session").isTrue();
        return t.group(1);
    }
}
