package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.ManagerLoad;
import dev.retain.app.cycle.CycleService;
import dev.retain.app.cycle.CycleTestProvince;
import dev.retain.app.admin.RetentionSettings;
import java.io.IOException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor's and the admin's journeys in a real browser, over a small province that
 * went through the real cycle: the dashboard, a reassignment with its history; a rules edit
 * refused at the rule, a dry run with counts, a save. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class SupervisorAndAdminJourneyBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired CycleService cycles;
    @Autowired Assignments assignments;

    private Browser browser;

    @BeforeEach
    void provinceAndBrowser() {
        CycleTestProvince.loadedInto(dataSource);
        if (cycles.latestCycleMonth().isEmpty()) {
            // two months, so the dashboard has a migration to show
            cycles.runNow(CycleTestProvince.MONTH.minusMonths(1), "test");
            cycles.runNow(CycleTestProvince.MONTH, "test");
        }
        browser = Browser.start(port);
    }

    /**
     * The zone chart as drawn: the programme's zones and those not in it on two axes, the
     * programme's axis sized to the programme's bars, not to the many outside it.
     */
    private void assertZonesOutsideTheProgrammeHaveTheirOwnScale() {
        Object drawn = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById('zone-chart'));
                var o = chart.getOption();
                var programmeMax = Math.max.apply(null, o.series[0].data.map(function (d) { return d.value; }));
                return [o.yAxis.length, o.series[1].data[0].value, programmeMax,
                        chart.getModel().getComponent('yAxis', 0).axis.scale.getExtent()[1]];""");
        List<?> v = (List<?>) drawn;
        long axes = ((Number) v.get(0)).longValue();
        double outside = ((Number) v.get(1)).doubleValue(), programmeMax = ((Number) v.get(2)).doubleValue();
        double programmeAxisTop = ((Number) v.get(3)).doubleValue();
        assertThat(axes).isEqualTo(2);
        assertThat(outside).as("the province has more subscribers outside the programme than in any zone").isGreaterThan(programmeMax);
        assertThat(programmeAxisTop).isGreaterThanOrEqualTo(programmeMax).isLessThan(outside);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void aSupervisorReadsTheDashboardAndMovesACustomerToAnotherManager() throws IOException {
        // an assigned customer, and another active manager of the same role with room (full ones cannot be chosen)
        var customer = jdbc.sql("select msisdn, manager_id, role from assignment where manager_id is not null order by msisdn limit 1")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        String target = assignments.activeManagers(customer[2]).stream()
                .filter(m -> m.hasRoom() && !m.managerId().equals(customer[1]))
                .map(ManagerLoad::managerId).findFirst().orElseThrow();
        String[] move = {customer[0], target};

        browser.logIn(TestLogins.SUPERVISOR, TestLogins.PASSWORD, By.id("zones"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-chart canvas")));
        assertZonesOutsideTheProgrammeHaveTheirOwnScale();
        assertThat(browser.driver.getTitle()).contains("主管看板");
        assertThat(browser.text(By.id("migration"))).contains("红色危险区");
        browser.screenshot("supervisor.png");

        browser.open("/supervisor/reassign");
        WebElement form = browser.driver.findElement(By.id("reassign-form"));
        form.findElement(By.name("msisdn")).sendKeys(move[0]);
        new Select(form.findElement(By.name("managerId"))).selectByValue(move[1]);
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reassigned")));
        assertThat(jdbc.sql("select manager_id from assignment where msisdn = ?").param(move[0]).query(String.class).single())
                .isEqualTo(move[1]);

        assertThat(browser.driver.getCurrentUrl()).as("the customer's page is addressed by key, never by number")
                .contains("customer=").doesNotContain(move[0]);
        browser.open("/supervisor/reassign?lang=en&customer=" + jdbc.sql("select customer_key::text from subscriber where msisdn = ?")
                .param(move[0]).query(String.class).single());
        assertThat(browser.text(By.tagName("main"))).contains(move[1]).contains("Manual");
        browser.screenshot("reassign-history-en.png");
    }

    @Test
    void anAdminSeesATypoRefusedAtItsRuleThenDryRunsAndSavesTheRules() throws IOException {
        String rules = RetentionSettings.defaultRulesYaml();
        browser.logIn(TestLogins.ADMIN, TestLogins.PASSWORD, By.id("rules-form"));

        setRules(rules.replace("when: zone == \"yellow\"\n", "when: zone == yelow\n"));
        browser.driver.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='rule-error-']")));
        assertThat(browser.text(By.cssSelector("[id^='rule-error-']"))).contains("yelow");
        assertThat(browser.driver.findElement(By.id("yaml")).getAttribute("value")).contains("zone == yelow");
        browser.screenshot("rules-error.png");

        setRules(rules);
        browser.driver.findElement(By.id("dry-run-button")).click();
        // the fragment comes back with the counts or with the reason there are none, which the assertion then shows
        browser.slowWait.until(ExpectedConditions.presenceOfElementLocated(By.id("dry-run-result")));
        assertThat(browser.text(By.id("dry-run-result"))).contains("yellow_zone").contains("white_zone");
        assertThat(browser.driver.findElements(By.id("dry-run-counts"))).hasSize(1);
        browser.screenshot("rules-dry-run.png");

        browser.driver.findElement(By.cssSelector("#rules-form button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rules-saved")));
        browser.open("/admin/rules?lang=en");
        assertThat(browser.text(By.id("rule-history"))).contains(TestLogins.ADMIN);
        browser.screenshot("rules-en.png");
    }

    /** Sets the textarea as a paste would; typing 5 KB of YAML key by key only slows the test. */
    private void setRules(String yaml) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('yaml').value = arguments[0];", yaml);
    }
}
