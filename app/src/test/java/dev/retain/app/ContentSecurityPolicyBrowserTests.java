package dev.retain.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cycle.CycleService;
import dev.retain.app.cycle.CycleTestProvince;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page of every role loads under the Content-Security-Policy without a violation in the
 * browser's console: no inline script, no htmx style element, no eval — and the charts, which
 * moved into /js files, still draw. The same context as the other browser tests (one province,
 * one cycle).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class ContentSecurityPolicyBrowserTests {

    static final String MANAGER_LOGIN = "csp-pm";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired CycleService cycles;
    @Autowired Users users;

    private Browser browser;
    private final Map<String, List<String>> violations = new LinkedHashMap<>();

    @BeforeEach
    void provinceAndBrowser() {
        CycleTestProvince.loadedInto(dataSource);
        if (cycles.latestCycleMonth().isEmpty()) {
            cycles.runNow(CycleTestProvince.MONTH.minusMonths(1), "test");
            cycles.runNow(CycleTestProvince.MONTH, "test");
        }
        // the phone manager of the province with the most open tasks, so My tasks and a 360 view have data
        String manager = jdbc.sql("""
                        select t.manager_id from task t join manager m on m.manager_id = t.manager_id
                        where t.status = 'open' and m.role = 'phone_manager' group by t.manager_id order by count(*) desc, t.manager_id limit 1""")
                .query(String.class).single();
        users.createOrReplace(MANAGER_LOGIN, TestLogins.PASSWORD, "安全策略测试电话经理", Role.PHONE_MANAGER, manager);
        browser = Browser.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void everyPageLoadsUnderThePolicyWithoutAViolation() {
        visit("/login");
        visit("/login?lang=en%22");

        browser.logIn(TestLogins.ADMIN, TestLogins.PASSWORD, By.tagName("main"));
        for (String page : List.of("/supervisor", "/supervisor/reassign", "/imports", "/cycles", "/admin/settings", "/admin/rules",
                "/admin/audit", "/admin/users", "/admin/users/" + TestLogins.PHONE, "/admin/clients", "/admin/two-factor",
                "/cycles/not-a-number/progress", "/no-such-page")) {
            visit(page);
        }
        browser.open("/supervisor");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#zone-chart canvas")));
        record("/supervisor (chart drawn)");
        // htmx at work: the rules' dry run swaps a fragment in
        browser.open("/admin/rules");
        browser.driver.findElement(By.id("dry-run-button")).click();
        browser.slowWait.until(d -> !d.findElement(By.id("dry-run")).getText().isBlank());
        record("/admin/rules (dry run)");
        browser.driver.findElement(By.id("logout")).click();

        browser.logIn(MANAGER_LOGIN, TestLogins.PASSWORD, By.id("tasks"));
        record("/tasks");
        new Select(browser.driver.findElement(By.id("filter-zone"))).selectByIndex(1);
        browser.wait.until(ExpectedConditions.urlContains("zone="));
        record("/tasks (filtered by htmx)");
        browser.open("/tasks");
        browser.driver.findElement(By.cssSelector("#tasks a[href^='/customers/']")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        record("customer 360 (chart drawn)");

        assertThat(violations).as("console errors under the Content-Security-Policy, by page").isEmpty();
    }

    private void visit(String path) {
        browser.open(path);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        record(path);
    }

    /** Script errors and policy refusals; a page's own 404 or 400 ("Failed to load resource") is what the page is about. */
    private void record(String page) {
        List<String> errors = new ArrayList<>();
        for (String e : browser.consoleErrors()) {
            if (!e.contains("Failed to load resource")) errors.add(e);
        }
        if (!errors.isEmpty()) violations.put(page, errors);
    }
}
