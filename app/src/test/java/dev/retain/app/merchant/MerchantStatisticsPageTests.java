package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.YearMonth;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * /admin/merchants/statistics: one merchant's receipts of the month counted by kind, points and value, a refund apart,
 * its club's line including it; admin only. MSISDNs 1379152xxxx and merchant codes "SS…" belong to this class.
 */
@RetainWebTest
class MerchantStatisticsPageTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantStaffLogins staff;
    @Autowired Counter counter;
    @Autowired SmscSimulator simulator;
    @Autowired JdbcClient jdbc;
    @Autowired MerchantStatistics statistics;

    @Test
    void aMerchantsReceiptsOfTheMonthAreCountedAndARefundApart() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchant(merchants, staff, "SS-" + (System.nanoTime() % 100000));
        String msisdn = "13791520001";
        MerchantFixture.customer(jdbc, msisdn, 5_000, "gold");
        long offer = MerchantFixture.offer(offers, m.id(), "电影票", "redemption", 800, null).id();
        long experience = MerchantFixture.offer(offers, m.id(), "观影体验", "experience", 0, null).id();
        RetainUser clerk = new RetainUser(m.clerk(), "店员", Role.MERCHANT_CLERK, null, m.id());
        long mark = CounterCodes.mark(simulator);
        CounterVerification v = counter.sendCode(clerk, msisdn);
        String token = counter.checkCode(clerk, v.id(), CounterCodes.codeSentTo(simulator, msisdn, mark)).token();
        counter.redeem(clerk, "s-1", token, offer, null);
        counter.redeem(clerk, "s-2", token, offer, null);
        counter.redeem(clerk, "s-3", token, experience, null);
        counter.redeem(clerk, "s-4", token, null, 120L);
        CounterReceipt refunded = counter.redeem(clerk, "s-5", token, offer, null);
        counter.reverse(new RetainUser(m.admin(), "商家管理员", Role.MERCHANT_ADMIN, null, m.id()), refunded.receiptNo());

        YearMonth month = statistics.thisMonth();
        String html = mvc.perform(get("/admin/merchants/statistics").param("from", month.toString()).param("to", month.toString())
                .with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Element row = Jsoup.parse(html).getElementById("stats-" + m.id());
        assertThat(row).isNotNull();
        List<String> cells = row.select("td").eachText();
        // name, club, redemptions, experiences, consumptions, points, value, customers, refunds
        assertThat(cells.subList(1, 9)).containsExactly("休闲俱乐部", "2", "1", "1", "1,720", "91.20", "1", "1");
        MerchantStatistics.Report report = statistics.between(month, month);
        assertThat(report.clubs().get(MerchantClub.LEISURE).points()).isGreaterThanOrEqualTo(1_720);
        assertThat(report.total().points()).isEqualTo(report.merchants().stream().mapToLong(MerchantActivity::points).sum());

        for (String user : List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.HANDLER, TestLogins.PHONE, m.admin(), m.clerk())) {
            mvc.perform(get("/admin/merchants/statistics").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/merchants/statistics").param("from", month.toString()).param("to", month.minusMonths(1).toString())
                .with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk());
    }
}
