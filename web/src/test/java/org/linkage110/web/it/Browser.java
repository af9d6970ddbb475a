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

    @Override
    public void close() {
        driver.quit();
    }
}
