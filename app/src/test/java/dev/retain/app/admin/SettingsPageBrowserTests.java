package dev.retain.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.Browser;
import dev.retain.app.TestLogins;
import dev.retain.app.security.Users;
import dev.retain.engine.zone.ZoneThresholds;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The settings page in a real browser at 1366 px, in zh-CN and English: nothing wider than the
 * window, no header broken over lines; a big move asked again and saved once confirmed, with no
 * script on the page. Screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(dev.retain.app.TestLogins.class)
class SettingsPageBrowserTests {

    @LocalServerPort int port;
    @Autowired RetentionSettings settings;
    @Autowired SettingsEditor editor;
    @Autowired Users users;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(port);
        browser.driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterEach
    void stopBrowserAndRestoreDefaults() {
        if (browser != null) browser.close();
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private List<String> layoutProblems() {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
                const problems = [];
                if (document.documentElement.scrollWidth > window.innerWidth) problems.push('page wider than the window');
                for (const th of document.querySelectorAll('main.settings th')) {
                  const r = document.createRange(); r.selectNodeContents(th);
                  const lines = new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top)));
                  if (lines.size > 1) problems.push('header on ' + lines.size + ' lines: ' + th.textContent);
                }
                return problems;""");
    }

    @Test
    void thePageReadsAtCommonWidthsInBothLanguages() throws IOException {
        browser.logIn(TestLogins.ADMIN, TestLogins.PASSWORD, By.tagName("main"));
        browser.open("/admin/settings");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-form")));
        assertThat(browser.driver.getTitle()).contains("系统设置");
        assertThat(layoutProblems()).isEmpty();
        browser.screenshot("settings-zh-1366.png");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('group-tiers').scrollIntoView()");
        browser.screenshot("settings-zh-1366-tiers.png");

        browser.open("/admin/settings?lang=en");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Settings");
        assertThat(layoutProblems()).isEmpty();
        browser.screenshot("settings-en-1366.png");
        assertThat(browser.driver.findElements(By.cssSelector("main script"))).as("no inline script").isEmpty();
    }

    @Test
    void aMoveIsAskedAgainAndSavedOnceConfirmed() throws IOException {
        browser.logIn(TestLogins.ADMIN, TestLogins.PASSWORD, By.tagName("main"));
        browser.open("/admin/settings?lang=en");
        WebElement a = browser.driver.findElement(By.id("setting-zone.high-value-bill"));
        a.clear();
        a.sendKeys("500");
        browser.driver.findElement(By.id("settings-save")).click();

        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-confirm")));
        assertThat(browser.text(By.id("settings-confirm"))).contains("188.00").contains("500.00");
        assertThat(settings.thresholds()).isEqualTo(ZoneThresholds.DEFAULTS);
        browser.screenshot("settings-confirm-en.png");

        browser.driver.findElement(By.id("settings-confirm-save")).click();
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settings-saved")));
        assertThat(settings.thresholds().highValueBillFen()).isEqualTo(50_000);
        assertThat(browser.text(By.id("settings-history"))).contains(TestLogins.ADMIN).contains("188.00").contains("500.00");
    }
}
