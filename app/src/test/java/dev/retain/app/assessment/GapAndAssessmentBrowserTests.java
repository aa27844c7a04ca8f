package dev.retain.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import dev.retain.app.survey.GapFixture;
import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
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
 * The gap analysis and the assessment in a real browser at 1366 px, in Chinese (the default), on planted data: the
 * chart is drawn by the static script with no Content-Security-Policy complaint, nothing scrolls sideways, the largest
 * gap is in words, the team's table is ranked. Screenshots: target/screenshots/gap-analysis-zh-1366.png and
 * assessment-zh-1366.png. MSISDNs 1379632xxxx and 1379633xxxx, months 2077-10 and 2077-11; the rows leave with the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class GapAndAssessmentBrowserTests {

    private static final int RUN = ThreadLocalRandom.current().nextInt(1000);
    private static final YearMonth GAP_MONTH = YearMonth.of(2077, 10);
    private static final YearMonth MONTH = YearMonth.of(2077, 11);

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Browser browser;
    private GapFixture gaps;
    private AssessmentFixture team;

    @BeforeEach
    void plantAndStart() {
        gaps = new GapFixture(jdbc, "1379632");
        gaps.plant(GAP_MONTH, "gb" + RUN + "-east", "gb" + RUN + "-west");
        team = new AssessmentFixture(jdbc, "1379633", "B" + RUN, MONTH);
        team.plant();
        browser = Browser.start(port);
        browser.driver.manage().window().setSize(new Dimension(1366, 1000));
        browser.logIn(TestLogins.SUPERVISOR, TestLogins.PASSWORD, By.tagName("main"));
    }

    @AfterEach
    void stopAndRemove() {
        if (browser != null) browser.close();
        gaps.remove();
        team.remove();
    }

    private long overflow() {
        return ((Number) browser.driver.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    private void fullPageScreenshot(String name) throws java.io.IOException {
        long height = ((Number) browser.driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.driver.manage().window().setSize(new Dimension(1366, (int) Math.min(height + 40, 6000)));
        browser.screenshot(name);
        browser.driver.manage().window().setSize(new Dimension(1366, 1000));
    }

    @Test
    void theGapChartAndTheRankedTeamReadInChineseAt1366() throws Exception {
        browser.consoleErrors();
        browser.open("/surveys/gaps?month=" + GAP_MONTH);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#gap-chart canvas")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("差距分析：期望与感知");
        assertThat(browser.text(By.id("callout-0"))).isEqualTo("资费价格：期望 6.06，感知 4.44，差距 −1.63（32 份答题），最大");
        assertThat(overflow()).as("sideways scrolling at 1366 px").isLessThanOrEqualTo(0);
        assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("favicon")).isEmpty();
        fullPageScreenshot("gap-analysis-zh-1366.png");

        browser.open("/assessment?period=" + MONTH + "&team=" + team.team);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("training")));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("客户经理考核");
        assertThat(browser.driver.findElements(By.cssSelector("section.assessment-team tr[data-manager]")))
                .extracting(e -> e.getAttribute("data-manager")).containsExactly(team.a, team.b, team.c);
        assertThat(browser.text(By.cssSelector("tr[data-manager='" + team.a + "'] td.total"))).isEqualTo("80.0");
        assertThat(overflow()).as("sideways scrolling at 1366 px").isLessThanOrEqualTo(0);
        assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("favicon")).isEmpty();
        fullPageScreenshot("assessment-zh-1366.png");
    }
}
