package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import dev.retain.app.loyalty.PointsLedger;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.engine.value.Msisdn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A merchant's clerk in real Chromium, zh-CN at 1366 px: logs in to the portal, enters the customer's number, types
 * the code the customer's handset received, redeems an offer and gets the receipt; then the operator's admin opens
 * the merchant's page. Screenshots in target/screenshots (merchant-*.png). MSISDN 13791400201, merchant PGB1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class MerchantPortalBrowserTests {

    private static final String MSISDN = "13791400201";

    @LocalServerPort int port;
    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins staff;
    @Autowired MerchantOffers offers;
    @Autowired MerchantOutlets outlets;
    @Autowired PointsLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectProvider<SmscSimulator> simulator;

    @Test
    void aClerkVerifiesACustomerByTheCodeRedeemsAnOfferAndSeesTheReceipt() throws Exception {
        MerchantFixture.Made m = MerchantFixture.merchantOnce(merchants, staff, "PGB1");
        if (outlets.of(m.id()).isEmpty()) {
            outlets.add(m.id(), new OutletDraft("湖滨银泰店", "杭州市上城区延安路258号", "10:00-22:00"));
            outlets.add(m.id(), new OutletDraft("城西银泰店", "杭州市拱墅区丰潭路380号", "10:00-21:30"));
        }
        OfferView coffee = MerchantFixture.offer(offers, m.id(), "精品手冲咖啡一杯", "redemption", 300, 100);
        MerchantFixture.offer(offers, m.id(), "咖啡师体验课", "experience", 0, 20);
        MerchantFixture.offer(offers, m.id(), "双人下午茶套餐", "redemption", 5000, null);
        MerchantFixture.customer(jdbc, MSISDN, 2000, "gold");

        try (Browser b = Browser.start(port)) {
            b.driver.manage().window().setSize(new Dimension(1366, 900));
            b.logIn(m.clerk(), MerchantFixture.PASSWORD, By.id("code-form"));
            assertThat(b.driver.findElements(By.id("nav-messages"))).as("no operator page in the portal's navigation").isEmpty();
            assertThat(b.driver.findElements(By.id("bell"))).isEmpty();
            b.driver.findElement(By.id("msisdn")).sendKeys(MSISDN);
            b.screenshot("merchant-1-counter-number.png");
            long mark = CounterCodes.mark(simulator.getObject());
            b.driver.findElement(By.id("send-code")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-form")));
            assertThat(b.text(By.id("code-sent-to"))).contains(Msisdn.mask(MSISDN));
            String code = CounterCodes.codeSentTo(simulator.getObject(), MSISDN, mark);
            b.driver.findElement(By.id("code")).sendKeys(code);
            b.screenshot("merchant-2-counter-code.png");
            b.driver.findElement(By.id("verify")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customer")));
            assertThat(b.text(By.id("customer-msisdn"))).isEqualTo(Msisdn.mask(MSISDN));
            assertThat(b.text(By.id("customer-tier"))).isEqualTo("金卡");
            assertThat(b.text(By.id("customer-balance"))).isEqualTo("2,000");
            assertThat(b.driver.getPageSource()).doesNotContain(MSISDN);
            b.screenshot("merchant-3-counter-customer.png");

            b.driver.findElement(By.id("redeem-" + coffee.id())).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt")));
            assertThat(b.text(By.id("receipt-what"))).isEqualTo("兑换 · 精品手冲咖啡一杯");
            assertThat(b.text(By.id("receipt-points"))).isEqualTo("300");
            assertThat(b.text(By.id("receipt-balance"))).isEqualTo("1,700");
            assertThat(b.text(By.id("receipt-msisdn"))).isEqualTo(Msisdn.mask(MSISDN));
            assertThat(b.text(By.id("receipt-clerk"))).isEqualTo("店员PGB1");
            assertThat(b.driver.getPageSource()).doesNotContain(MSISDN);
            b.screenshot("merchant-4-receipt.png");
            // back to the customer with the browser's button: spent once
            b.driver.navigate().back();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customer")));
            assertThat(ledger.balance(MSISDN).balance()).isEqualTo(1700);

            b.driver.findElement(By.id("next-customer")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-form")));
            b.open("/portal/receipts");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipts")));
            b.screenshot("merchant-5-receipts.png");
            assertThat(b.consoleErrors()).filteredOn(e -> !e.contains("favicon.ico")).isEmpty();

            b.driver.findElement(By.id("logout")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            b.logIn(TestLogins.ADMIN, TestLogins.PASSWORD, By.id("nav-merchants"));
            b.open("/admin/merchants");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merchants")));
            b.screenshot("merchant-6-admin-list.png");
            b.driver.manage().window().setSize(new Dimension(1366, 2600));
            b.open("/admin/merchants/" + m.id());
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
            assertThat(b.text(By.id("merchant-state"))).isEqualTo("已上线");
            b.screenshot("merchant-7-admin-detail.png");
            assertThat(b.consoleErrors()).filteredOn(e -> !e.contains("favicon.ico")).isEmpty();
        }
    }
}
