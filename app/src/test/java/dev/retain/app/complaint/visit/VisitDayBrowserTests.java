package dev.retain.app.complaint.visit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.internal.visit.Visitors;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planning a visit day in a real browser (zh-CN, 1366 px screenshots in target/screenshots): a
 * complaint handler checks the day's windows, books the candidates in them, plans the day and reads
 * each visitor's list and the timeline; the page fits the width and the console shows no CSP refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class VisitDayBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Complaints complaints;
    @Autowired Visitors visitors;
    @Autowired Clock clock;

    private Browser browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void aHandlerChecksWindowsBooksVisitsPlansTheDayAndSeesTheListAndTheChart() throws IOException {
        browser = Browser.start(port);
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        LocalDate day = LocalDate.now(clock).plusDays(2);
        visitors.save(new Visitors.Visitor("vb-1", "张拜访", null, "西安市南区营业部", 34.2300, 108.9300, LocalTime.of(9, 0), LocalTime.of(17, 30)));
        visitors.save(new Visitors.Visitor("vb-2", "李拜访", null, "西安市东区营业部", 34.2700, 108.9900, LocalTime.of(9, 0), LocalTime.of(17, 30)));
        List<Long> booked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String msisdn = VisitFixtures.subscriber(jdbc, i % 2 == 0 ? "gold" : "diamond", 34.20 + i * 0.012, 108.90 + (i % 4) * 0.025);
            booked.add(VisitFixtures.complaint(complaints, msisdn, "signal", clock.instant()));
        }

        browser.logIn(TestLogins.HANDLER, TestLogins.PASSWORD, By.id("nav-complaints"));
        browser.open("/complaints/visits?day=" + day);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-windows-form")));
        browser.driver.findElement(By.id("window-0900")).click();
        browser.driver.findElement(By.id("window-1330")).click();
        browser.driver.findElement(By.id("save-windows")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-saved")));
        browser.screenshot("visits-windows.png");

        for (int i = 0; i < booked.size(); i++) {
            long id = booked.get(i);
            new Select(browser.driver.findElement(By.id("book-window-" + id))).selectByValue(i < 4 ? "09:00" : "13:30");
            org.openqa.selenium.WebElement book = browser.driver.findElement(By.id("book-" + id));
            book.click();
            // the page before also shows "saved": wait for the new one, or the next booking acts on the old page
            browser.wait.until(ExpectedConditions.stalenessOf(book));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-saved")));
        }
        assertThat(browser.text(By.id("visit-bookings"))).contains("09:00–10:30").contains("13:30–15:00").contains("重要客户");
        browser.screenshot("visits-booked.png");

        browser.driver.findElement(By.id("plan-day")).click();
        browser.slowWait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-timeline")));
        assertThat(browser.text(By.id("plan-planned"))).isEqualTo("8");
        assertThat(browser.driver.findElements(By.cssSelector("#visit-timeline rect.visit-bar-visit"))).hasSize(8);
        assertThat(browser.driver.findElements(By.cssSelector("table.visit-route tbody tr"))).hasSize(8);
        assertThat(browser.text(By.tagName("main"))).contains("张拜访").contains("最近邻对照").doesNotContainPattern("(?<!\\d)1\\d{10}(?!\\d)");
        long overflow = (Long) ((JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("the plan fits 1366 px").isLessThanOrEqualTo(0);
        browser.screenshot("visit-plan.png");
        assertThat(browser.consoleErrors()).as("script errors or CSP refusals").isEmpty();

        browser.open("/complaints/visits/plan?day=" + day + "&lang=en");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-timeline")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("A visit day's plan");
        browser.screenshot("visit-plan-en.png");
        browser.open("/complaints/visits/plan?day=" + day + "&lang=zh-CN");
    }
}
