package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The manager's journey in a real browser: log in, My tasks, open a customer, log a contact,
 * see it in the history. Screenshots go to target/screenshots. Skipped without chromedriver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class ManagerJourneyBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private Browser browser;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(port);
        driver = browser.driver;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @Test
    void aPhoneManagerHandlesATaskFromTheListToTheHistory() throws IOException {
        WorkbenchFixture fixture = new WorkbenchFixture(jdbc);
        String taskId = fixture.insert(WorkbenchFixture.yellow("13900050001", "PM-T1").priority(9000));
        fixture.insert(WorkbenchFixture.yellow("13900050002", "PM-T1").zone("red", "red_mou_drop")
                .kind("retention", "red_zone;mou_down_50").priority(8000).due(java.time.LocalDate.now().minusDays(3)));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        String base = "http://localhost:" + port;

        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(TestLogins.PHONE);
        driver.findElement(By.id("password")).sendKeys(TestLogins.PASSWORD);
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tasks")));
        assertThat(driver.getTitle()).contains("我的任务");
        assertThat(driver.findElement(By.cssSelector("tr[data-task='" + taskId + "']")).getText()).contains("话费跌破高价值门槛");
        screenshot("tasks.png");

        // the htmx filter swaps the table in place
        new Select(driver.findElement(By.id("filter-zone"))).selectByValue("red");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-task='" + taskId + "']")));
        assertThat(driver.findElement(By.id("tasks")).getText()).contains("139****0002");

        driver.get(base + "/tasks");
        driver.findElement(By.cssSelector("a[href='/customers/" + fixture.keyOf("13900050001") + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        assertThat(driver.findElement(By.id("zone-why")).getText()).contains("260.00").contains("150.00");
        screenshot("customer-360.png");

        new Select(driver.findElement(By.id("channel"))).selectByValue("phone_manager");
        new Select(driver.findElement(By.id("outcome"))).selectByValue("accepted_offer");
        driver.findElement(By.id("offer")).sendKeys("预存200送100");
        driver.findElement(By.id("notes")).sendKeys("客户接受续约优惠");
        driver.findElement(By.id("save-contact")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contact-saved")));
        assertThat(driver.findElement(By.id("contacts")).getText()).contains("客户接受续约优惠").contains("接受优惠");
        assertThat(fixture.taskStatus(taskId)).isEqualTo("done");
        screenshot("contact-logged.png");

        driver.get(base + "/customers/" + fixture.keyOf("13900050001") + "?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trend-chart canvas")));
        assertThat(driver.findElement(By.id("contacts")).getText()).contains("Accepted an offer");
        screenshot("customer-360-en.png");
        driver.get(base + "/tasks");
        assertThat(driver.getTitle()).contains("My tasks");
        screenshot("tasks-en.png");
    }

    private void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }
}
