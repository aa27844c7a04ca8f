package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A settlement from application to approval in real Chromium, zh-CN at 1366 px: the merchant's admin applies for last
 * month on the portal; the operator's admin finds it waiting, reads the reconciliation with the points ledger and
 * approves; the merchant sees it approved. Screenshots in target/screenshots. MSISDN 13791620001; merchant "STB…".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class SettlementBrowserTests {

    @LocalServerPort int port;
    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantStaffLogins staff;
    @Autowired Counter counter;
    @Autowired SettlementContracts contracts;
    @Autowired SmscSimulator simulator;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theMerchantAppliesAndTheOperatorApproves() throws Exception {
        SettlementFixture world = new SettlementFixture(merchants, staff, counter, simulator, jdbc, clock, "STB-" + (System.nanoTime() % 100000));
        world.contract(contracts);
        long tea = offers.create(world.shop.id(), new OfferDraft("双人下午茶", "redemption", 800, new BigDecimal("45.00"),
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1), null)).id();
        long spa = offers.create(world.shop.id(), new OfferDraft("足疗体验", "experience", 0, new BigDecimal("60.00"),
                LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusYears(1), null)).id();
        YearMonth month = world.monthsAgo(1);
        String token = world.customer("13791620001", 10_000);
        world.madeIn(world.offer(token, tea), month, 3);
        world.madeIn(world.offer(token, tea), month, 9);
        world.madeIn(world.offer(token, spa), month, 15);
        world.madeIn(world.points(token, 350), month, 21);

        try (Browser b = Browser.start(port)) {
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            b.logIn(world.shop.admin(), MerchantFixture.PASSWORD, By.tagName("body"));
            b.open("/portal/statements");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply-submit")));
            new Select(b.driver.findElement(By.id("period"))).selectByValue(month.toString());
            b.screenshot("settlement-1-portal.png");
            b.driver.findElement(By.id("apply-submit")).click();
            b.wait.until(ExpectedConditions.textToBe(By.id("settlement-state"), "待审核"));
            assertThat(b.text(By.id("applied"))).contains(month.toString());
            // value 90.00 + 60.00 + 3.50; fee 2 × 3.25 + 2.00 + 0.105 → 0.11
            assertThat(b.text(By.id("settlement-payable"))).isEqualTo("¥144.89");
            assertThat(b.driver.getPageSource()).doesNotContain("13791620001");
            b.screenshot("settlement-2-applied.png");
            b.driver.findElement(By.id("logout")).click();

            b.logIn(TestLogins.ADMIN, TestLogins.PASSWORD, By.tagName("body"));
            b.open("/admin/settlements");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settlements")));
            b.screenshot("settlement-3-review-list.png");
            b.driver.findElement(By.xpath("//table[@id='settlements']//tr[td[text()='" + "测试商家" + world.shop.code() + "']]//a")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check-balanced")));
            assertThat(b.text(By.id("check-points"))).isEqualTo("积分（积分账本） 1950 1950 0");
            b.screenshot("settlement-4-review.png");
            b.driver.findElement(By.id("approve")).click();
            b.wait.until(ExpectedConditions.textToBe(By.id("settlement-state"), "已通过"));
            assertThat(b.text(By.id("done"))).isEqualTo("已审核通过。");
            b.screenshot("settlement-5-approved.png");
            b.open("/admin/merchants/" + world.shop.id() + "/contract");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contract-form")));
            b.screenshot("settlement-6-contract.png");
            // not this page's doing: the browser's favicon request; the bell, which answers merchant staff 403; and the
            // merchant login's landing page /portal/counter, which is not on this branch (the portal's counter page)
            assertThat(b.consoleErrors()).filteredOn(e -> !e.contains("favicon.ico") && !e.contains("/notifications/bell")
                    && !e.contains("/portal/counter")).isEmpty();
            b.driver.findElement(By.id("logout")).click();

            b.logIn(world.shop.admin(), MerchantFixture.PASSWORD, By.tagName("body"));
            b.open("/portal/statements");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statements")));
            assertThat(b.text(By.id("statements"))).contains(month.toString(), "已通过", "144.89");
            b.screenshot("settlement-7-portal-approved.png");
        }
    }
}
