package dev.retain.app.campaign.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import dev.retain.engine.value.Msisdn;
import java.util.List;
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
 * VIP events in real Chromium, zh-CN at 1366 px (SPEC R7.6): a supervisor creates an event and a pool of five
 * tickets for gold customers, a customer texts the keyword from the SMSC simulator's page and the event's page shows
 * the ticket taken; a second ticket is claimed at the desk. Screenshots in target/screenshots (vip-event-*.png).
 * MSISDNs 1379198xxxx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class VipEventBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired VipEvents events;

    @Test
    void aSupervisorCreatesAnEventACustomerClaimsBySmsAndTheDeskClaimsAnother() throws Exception {
        String keyword = VipEventFixture.keyword("XN");
        String texter = "13791980001";
        String walkIn = "13791980002";
        VipEventFixture.customer(jdbc, texter, "gold", null);
        VipEventFixture.customer(jdbc, walkIn, "gold", null);

        try (Browser b = Browser.start(port)) {
            b.driver.manage().window().setSize(new Dimension(1366, 1400));
            b.logIn(TestLogins.SUPERVISOR, TestLogins.PASSWORD, By.id("logout"));
            b.open("/events");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-event-form")));
            b.driver.findElement(By.id("event-title")).sendKeys("新年音乐会（金卡专场）");
            new Select(b.driver.findElement(By.id("event-kind"))).selectByValue("show");
            b.driver.findElement(By.id("event-venue")).sendKeys("杭州大剧院歌剧厅");
            b.driver.findElement(By.id("event-keyword")).sendKeys(keyword.toLowerCase());
            b.screenshot("vip-event-1-new.png");
            b.driver.findElement(By.id("create-event")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-pool-form")));
            assertThat(b.text(By.id("saved"))).isEqualTo("活动已创建，请添加票池。");
            assertThat(b.text(By.id("event-keyword-shown"))).isEqualTo(keyword);
            String url = b.driver.getCurrentUrl();
            long id = Long.parseLong(url.replaceAll(".*/events/(\\d+).*", "$1"));

            new Select(b.driver.findElement(By.id("pool-kind"))).selectByValue("vip_reward");
            b.driver.findElement(By.id("pool-tickets")).sendKeys("5");
            b.driver.findElement(By.id("pool-tier-gold")).click();
            b.driver.findElement(By.id("add-pool")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "票池已添加。"));
            long pool = events.pools(id).get(0).id();
            assertThat(b.text(By.id("pool-taken-" + pool))).isEqualTo("0 / 5");

            // the customer texts the keyword: the simulator's page sends it as the customer
            b.open("/sms/simulator");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-from-number")));
            b.driver.findElement(By.cssSelector("#reply-from-number input[name=number]")).sendKeys(texter);
            var text = b.driver.findElement(By.cssSelector("#reply-from-number input[name=text]"));
            text.clear();
            text.sendKeys(keyword.toLowerCase());
            b.driver.findElement(By.cssSelector("#reply-from-number button[type=submit]")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-from-number")));

            long end = System.nanoTime() + 20_000_000_000L;
            while (events.pools(id).get(0).taken() < 1 && System.nanoTime() < end) Thread.sleep(100);
            b.open("/events/" + id);
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claims-table")));
            assertThat(b.text(By.id("pool-taken-" + pool))).isEqualTo("1 / 5");
            assertThat(b.text(By.id("claims-table"))).contains(Msisdn.mask(texter), "短信口令", "已领票");

            b.driver.findElement(By.id("claim-msisdn")).sendKeys(walkIn);
            b.driver.findElement(By.id("staff-claim")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "客户已领到门票。"));
            assertThat(b.text(By.id("pool-taken-" + pool))).isEqualTo("2 / 5");
            assertThat(b.text(By.id("event-taken"))).isEqualTo("2 / 5");
            assertThat(b.text(By.id("claims-table"))).contains(Msisdn.mask(walkIn), "现场登记");
            assertThat(b.driver.getPageSource()).doesNotContain(texter, walkIn);
            b.driver.manage().window().setSize(new Dimension(1366, 1700));
            b.open("/events/" + id);
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claims-table")));
            b.screenshot("vip-event-2-detail.png");
            b.driver.manage().window().setSize(new Dimension(1366, 1000));

            // the answer reached the customer's handset (the simulator's page, masked)
            b.open("/sms/simulator");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reply-from-number")));
            b.screenshot("vip-event-3-simulator.png");

            b.open("/events");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-" + id)));
            assertThat(b.text(By.id("event-" + id))).contains("新年音乐会（金卡专场）", "演出", keyword, "2 / 5", "领票中");
            b.screenshot("vip-event-4-list.png");
            assertThat(b.consoleErrors()).filteredOn(e -> !e.contains("favicon.ico")).isEmpty();
        }
        assertThat(events.claims(events.list().stream().filter(e -> e.keyword().equals(keyword)).findFirst().orElseThrow().id()))
                .extracting(VipEventClaimView::channel).containsExactlyInAnyOrderElementsOf(List.of(VipEventClaimChannel.SMS, VipEventClaimChannel.STAFF));
    }
}
