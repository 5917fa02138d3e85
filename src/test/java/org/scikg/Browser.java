package org.scikg;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its own /usr/bin/chromedriver (never a downloaded driver), with
 * a fresh profile, no background traffic and the browser console kept for the tests to read. Where the browser
 * is missing the tests are skipped, except under CI (which installs it), where that is a failure.
 */
public final class Browser implements AutoCloseable {
    public static final String DRIVER = "/usr/bin/chromedriver";
    public static final String BROWSER = "/usr/bin/chromium";

    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private Browser(ChromeDriverService service, ChromeDriver driver) {
        this.service = service;
        this.driver = driver;
    }

    /** Starts a browser with a window of the given size, or skips (fails under CI) when there is none. */
    public static Browser start(int width, int height) throws IOException {
        boolean present = new File(DRIVER).canExecute() && new File(BROWSER).canExecute();
        Assertions.assertTrue(present || System.getenv("CI") == null,
                "CI must install chromium and chromium-driver (" + DRIVER + ")");
        Assumptions.assumeTrue(present, "browser tests skipped: install Debian's chromium and chromium-driver (" + DRIVER + ")");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("scikg-chromium"),
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new Browser(service, new ChromeDriver(service, options));
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
