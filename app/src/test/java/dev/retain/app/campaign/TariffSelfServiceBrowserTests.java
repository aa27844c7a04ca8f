package dev.retain.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer's page behind the SMS link in a real browser at a phone's width (375 px): no login, no violation of the
 * Content-Security-Policy, no sideways scrolling, the number masked, Chinese first and English one tap away. The link
 * row is written here with a token the test knows (the real one only travels in the SMS). MSISDNs 1379189xxxx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class TariffSelfServiceBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Browser browser;

    @BeforeEach
    void start() {
        browser = Browser.start(port);
        browser.driver.manage().window().setSize(new Dimension(375, 812));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void theLinkOpensOnAPhoneWithoutALoginMaskedAndInBothLanguages() throws Exception {
        String msisdn = "1379189" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        jdbc.sql("""
                insert into plan (plan_id, name, monthly_fee, voice_min, data_mb, sms, over_voice_per_min, over_data_per_mb, over_sms)
                values ('tf-188', '测试全球通188', 188.00, 1000, 40960, 300, 0.12, 0.01, 0.10),
                       ('tf-5', '测试5元大流量', 5.00, 100000, 1000000, 10000, 0.10, 0.01, 0.10)
                on conflict (plan_id) do update set monthly_fee = excluded.monthly_fee""").update();
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, plan_id)
                        values (?, ?, '王五', 'hangzhou', 'gotone', date '2015-03-01', 'tf-188') on conflict do nothing""")
                .params(msisdn, msisdn).update();
        for (String month : List.of("2026-08", "2026-09", "2026-10")) {
            jdbc.sql("""
                            insert into usage_monthly (msisdn, month, bill, mou_out, data_mb, sms, state) values (?, ?, 188.00, 300, 2048.5, 20, 'active')
                            on conflict do nothing""")
                    .params(msisdn, month).update();
        }
        String token = "Tf" + "x".repeat(30) + Long.toString(System.nanoTime() % 100_000_000_000L, 36);
        token = (token + "0".repeat(43)).substring(0, 43);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        jdbc.sql("""
                        insert into tariff_advice_link (token_hash, msisdn, sent_by, sent_at, expires_at)
                        values (?, ?, 'test', now(), now() + interval '7 days')""")
                .params(hash, msisdn).update();

        browser.open("/t/" + token + "?lang=zh_CN");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("self-recommendation")));
        assertThat(browser.text(By.id("self-msisdn"))).isEqualTo(msisdn.substring(0, 3) + "****" + msisdn.substring(7));
        assertThat(browser.text(By.tagName("main"))).contains("推荐您使用测试5元大流量").doesNotContain(msisdn);
        Object overflow = browser.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling at 375 px").isLessThanOrEqualTo(0);
        Object tableOverflow = browser.driver.executeScript(
                "var box = document.getElementById('self-plans').parentElement; return box.scrollWidth - box.clientWidth;");
        assertThat(((Number) tableOverflow).intValue()).as("the plans' table scrolling at 375 px").isLessThanOrEqualTo(0);
        assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("Failed to load resource")).isEmpty();
        browser.screenshot("tariff-self-service-375.png");

        browser.driver.findElement(By.id("lang-en")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Your tariff comparison"));
        assertThat(browser.text(By.tagName("main"))).contains("We recommend 测试5元大流量").doesNotContain(msisdn);
        assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("Failed to load resource")).isEmpty();
    }
}
