package dev.retain.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An inspection round in real Chromium, zh-CN at 1366 px: a supervisor draws a branch's sample at the form (a sample
 * size out of range comes back at its field), records a finding with a problem on the customer's form (a missing answer
 * comes back at its field), and reads the
 * results and the problem list. No script or style breaks the CSP (the console stays clean). Screenshots in
 * target/screenshots (inspection-*.png). MSISDNs 137950xxxxx.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestLogins.class)
class InspectionBrowserTests {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void aSupervisorDrawsARoundRecordsAFindingAndReadsTheResults() throws Exception {
        InspectionFixture f = new InspectionFixture(jdbc);
        try (Browser b = Browser.start(port)) {
            b.driver.manage().window().setSize(new Dimension(1366, 1500));
            b.logIn(TestLogins.SUPERVISOR, TestLogins.PASSWORD, By.id("logout"));
            b.open("/inspections");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-round-form")));
            new Select(b.driver.findElement(By.id("round-branch"))).selectByValue(f.region + "|" + f.branch);
            // the browser's own range check would stop 9999 before it is sent: the server's refusal is what is tested
            b.driver.executeScript("document.getElementById('round-sample-size').removeAttribute('max')");
            WebElement size = b.driver.findElement(By.id("round-sample-size"));
            size.clear();
            size.sendKeys("9999");
            b.driver.findElement(By.id("round-seed")).sendKeys("4242");
            b.driver.findElement(By.id("draw-round")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-sampleSize")));
            assertThat(b.text(By.id("error-sampleSize"))).startsWith("样本量须为");
            b.screenshot("inspection-1-refused-at-field.png");

            size = b.driver.findElement(By.id("round-sample-size"));
            size.clear();
            size.sendKeys("8");
            b.driver.findElement(By.id("draw-round")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("strata")));
            assertThat(b.text(By.id("saved"))).isEqualTo("已抽取样本。");
            assertThat(b.text(By.id("round-seed"))).isEqualTo("4242");
            assertThat(b.text(By.id("drawn-count"))).isEqualTo("9");
            assertThat(b.text(By.id("strata"))).contains("金卡", "绿色稳定区", "红色危险区");

            WebElement row = b.driver.findElements(By.cssSelector("#sample tbody tr")).get(0);
            String rowId = row.getAttribute("id");
            row.findElement(By.className("record-link")).click();
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("finding-form")));
            b.driver.findElement(By.cssSelector("input[name=profileCorrect][value=false]")).click();
            b.driver.findElement(By.cssSelector("input[name=knowsManager][value=true]")).click();
            b.driver.findElement(By.cssSelector("input[name=serviceReceived][value=false]")).click();
            b.driver.findElement(By.id("save-finding")).click();
            // a wrong profile needs what was wrong: refused at its field, the answers kept
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-profileIssue")));
            assertThat(b.text(By.id("error-profileIssue"))).isEqualTo("请说明资料错误之处。");
            assertThat(b.driver.findElement(By.cssSelector("input[name=serviceReceived][value=false]")).isSelected()).isTrue();
            b.driver.findElement(By.id("finding-profile-issue")).sendKeys("住址已变更");
            b.screenshot("inspection-2-finding-form.png");
            b.driver.findElement(By.id("save-finding")).click();
            b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "检查结果已保存"));
            assertThat(b.text(By.id(rowId))).contains("走访", "客户资料正确 否");
            assertThat(b.text(By.id("overall"))).contains("0.0 %", "100.0 %");
            assertThat(b.text(By.id("problems"))).contains("资料有误：住址已变更", "期内未获得服务");
            b.screenshot("inspection-3-results.png");

            b.open("/inspections");
            b.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rounds")));
            assertThat(b.text(By.id("rounds"))).contains("4242");
            b.screenshot("inspection-4-list.png");
            assertThat(b.consoleErrors()).filteredOn(e -> !e.contains("favicon.ico")).isEmpty();
        }
    }
}
