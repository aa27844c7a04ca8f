package dev.retain.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through /usr/bin/chromedriver (never a downloaded driver),
 * with the app's login and screenshots under target/screenshots. A test using it is
 * skipped on a developer's machine without chromedriver, and fails under {@code CI=true}:
 * CI installs the browser (.ci/run), so a missing one there is a broken build, not a reason
 * for the browser tests to vanish silently.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    public final ChromeDriver driver;
    public final WebDriverWait wait;
    /** For work that runs the engine (a dry run): a busy CI machine with 2 cores may take a while. */
    public final WebDriverWait slowWait;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        // a condition polled while the page is replaced may hold an element of the old page: poll again
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        this.slowWait = new WebDriverWait(driver, Duration.ofSeconds(90));
        this.slowWait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public static Browser start(int port) {
        requireDriver(CHROMEDRIVER, System.getenv());
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                // charts skip their animation, so a screenshot shows the bars drawn
                "--force-prefers-reduced-motion");
        // the console's messages, so a test can see Content-Security-Policy violations (consoleErrors)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    /** Returns when {@code driver} can run; otherwise skips the test, or fails it when the environment says CI=true. */
    static void requireDriver(Path driver, Map<String, String> environment) {
        if (Files.isExecutable(driver)) return;
        if ("true".equalsIgnoreCase(environment.get("CI"))) {
            throw new AssertionError("CI=true but there is no chromedriver at " + driver
                    + ": the browser tests must run in CI (install chromium and chromium-driver)");
        }
        assumeTrue(false, "no chromedriver at " + driver + " (skipped; under CI=true this fails)");
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** The login form, as a user fills it in; waits until the element the role lands on exists. */
    public void logIn(String username, String password, By landing) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(landing));
    }

    /** The console's errors since the last call (Chrome hands each entry out once): script errors, CSP refusals. */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
