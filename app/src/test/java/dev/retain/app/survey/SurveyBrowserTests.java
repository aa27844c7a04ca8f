package dev.retain.app.survey;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A customer answers the survey behind the SMS link in a real browser at a phone's width (375 px): no login, no
 * violation of the Content-Security-Policy, no sideways scrolling, the number masked, Chinese by default; the answers
 * stored once. The send row is written here with a token the test knows (the real one only travels in the SMS).
 * MSISDNs 1379409xxxx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class SurveyBrowserTests {

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
    void aCustomerAnswersOnAPhoneWithoutALoginInChinese() throws Exception {
        String msisdn = "1379409" + String.format("%04d", (int) (System.nanoTime() % 10_000));
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                        values (?, ?, '孙八', 'hangzhou', 'gotone', date '2015-03-01') on conflict do nothing""")
                .params(msisdn, msisdn).update();
        String token = ("Sb" + Long.toString(System.nanoTime(), 36) + "q".repeat(43)).substring(0, 43);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        jdbc.sql("""
                        insert into survey_send (template_code, msisdn, channel, trigger, token_hash, sent_by, sent_at, expires_at)
                        values ('default', ?, 'sms_link', 'sample', ?, 'test', now(), now() + interval '7 days')""")
                .params(msisdn, hash).update();

        browser.open("/s/" + token);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("服务满意度调查");
        assertThat(browser.text(By.id("survey-msisdn"))).isEqualTo(msisdn.substring(0, 3) + "****" + msisdn.substring(7));
        assertThat(browser.text(By.tagName("main"))).contains("您期望的服务态度", "您有多大可能向亲友推荐中国移动").doesNotContain(msisdn);
        Object overflow = browser.driver.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling at 375 px").isLessThanOrEqualTo(0);

        // tap an answer to every question: 6 expected, 5 received, NPS 8, knows the manager
        for (WebElement set : browser.driver.findElements(By.cssSelector("fieldset.survey-item"))) {
            String id = set.getAttribute("id");
            String value = id.startsWith("q-expectation") ? "6" : id.startsWith("q-perception") ? "5" : id.equals("q-nps") ? "8" : "yes";
            set.findElement(By.cssSelector("input[value='" + value + "']")).click();
        }
        browser.screenshot("survey-answer-375.png");
        browser.driver.findElement(By.id("survey-submit")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-thanked")));
        assertThat(browser.text(By.id("survey-thanked"))).contains("感谢您的评价");
        assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("Failed to load resource")).isEmpty();

        assertThat(jdbc.sql("select nps || ' ' || knows_manager || ' ' || channel from survey_response where msisdn = ?").param(msisdn)
                .query(String.class).single()).isEqualTo("8 true sms_link");
        assertThat(jdbc.sql("""
                        select string_agg(dimension || ':' || expectation || '/' || perception, ',' order by dimension)
                        from survey_answer a join survey_response r on r.id = a.response_id where r.msisdn = ?""")
                .param(msisdn).query(String.class).single())
                .isEqualTo(String.join(",", List.of("attitude:6/5", "efficiency:6/5", "environment:6/5", "needs:6/5", "price:6/5", "quality:6/5")));

        // the link again: answered, nothing of the customer
        browser.open("/s/" + token);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-answered")));
        assertThat(browser.text(By.tagName("main"))).doesNotContain(msisdn.substring(7));
    }
}
