package org.linkage110.web.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages (chromium, chromium-driver), driven by Selenium.
 * Driver and browser are named explicitly so nothing is downloaded.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    Browser() throws java.io.IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        downloads = Files.createTempDirectory("chromium-downloads");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("linkage.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,900",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class); // a page reloading under the wait
    }

    /** Signs in on the login page at this address; waits for nothing. */
    void signIn(String loginPage, String username, String password) {
        open(loginPage);
        visible(By.id("login:username")).sendKeys(username);
        visible(By.id("login:password")).sendKeys(password);
        visible(By.id("login:submit")).click();
    }

    /** Where the browser saves what it downloads. */
    Path downloads() {
        return downloads;
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement visible(By by) {
        return keepingThePageIfItTimesOut(() -> wait.until(ExpectedConditions.visibilityOfElementLocated(by)));
    }

    void waitForUrlContaining(String part) {
        keepingThePageIfItTimesOut(() -> wait.until(ExpectedConditions.urlContains(part)));
    }

    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        keepingThePageIfItTimesOut(() -> wait.until(condition::apply));
    }

    /** A wait that fails leaves what the page showed (picture and HTML) under target/screenshots, named in the failure. */
    private <T> T keepingThePageIfItTimesOut(java.util.function.Supplier<T> waiting) {
        try {
            return waiting.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "timed-out-" + System.currentTimeMillis();
            Path picture = screenshot(name);
            try {
                Files.writeString(picture.resolveSibling(name + ".html"), driver.getPageSource());
            } catch (java.io.IOException ignored) {
                // the picture is kept; the failure below is what matters
            }
            e.addSuppressed(new AssertionError("the page at " + driver.getCurrentUrl() + " is kept as " + picture));
            throw e;
        }
    }

    /**
     * Saves what the browser shows, scrolled to this element, as {@code target/screenshots/<name>.png},
     * for a person to look at.
     */
    Path screenshot(String name, WebElement shown) throws java.io.IOException {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", shown);
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        return file;
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Saves what the browser shows now as target/screenshots/{name}.png, to be looked at (not committed). */
    Path screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("linkage.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Answers the confirmation dialog of an irreversible act with yes; fails when no dialog asks. */
    void confirm() {
        WebElement yes = visible(By.id("confirm-form:yes"));
        yes.click();
    }

    /** The text of the confirmation dialog now asking, to check that it names the consequence. */
    String confirmationText() {
        return visible(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
    }

    /** Milliseconds from the start of the current page's navigation to its load event. */
    long loadMillis() {
        Object ms = driver.executeScript("var t = performance.getEntriesByType('navigation')[0];"
                + " return t ? Math.round(t.loadEventEnd - t.startTime) : -1;");
        return ((Number) ms).longValue();
    }

    /**
     * Runs axe-core (pinned, injected from the file the build installs) on the page as it is now and
     * answers its serious and critical violations, each as "rule (impact): targets — help".
     */
    java.util.List<String> seriousAccessibilityViolations() throws java.io.IOException {
        String axePath = System.getProperty("linkage.axe", "");
        Path axe = axePath.isBlank() || axePath.startsWith("${")
                ? Path.of("..", "var", "axe-core-4.10.3", "node_modules", "axe-core", "axe.min.js") : Path.of(axePath);
        if (!Files.isRegularFile(axe)) {
            throw new AssertionError("axe-core is not installed at " + axe.toAbsolutePath() + " (bin/test installs it)");
        }
        driver.executeScript(Files.readString(axe));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object found = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + "   .map(function (v) { return v.id + ' (' + v.impact + '): '"
                + "    + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ')"
                + "    + ' — ' + v.help; }));"
                + " }).catch(function (e) { done(['axe failed: ' + e]); });");
        @SuppressWarnings("unchecked")
        java.util.List<String> violations = (java.util.List<String>) found;
        return violations;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
