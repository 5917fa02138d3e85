package org.scikg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scikg.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer and an entity page in Debian's headless Chromium (through /usr/bin/chromedriver, never a downloaded
 * driver), against the server over the seed store: run a named query and see its rows, see a syntax error where it
 * is, search for an entity, open its page and see its papers, and see results drawn as a graph.
 */
class ExplorerInBrowserTest {
    static final Path OUT = Path.of("target", "server-browser");

    static Browser browser;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(OUT);
        browser = Browser.start(1400, 1000);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void openExplorer() {
        driver.switchTo().defaultContent();
        driver.get(ServerTestSupport.seedServer().url().toString());
        wait.until(d -> js("return document.body.getAttribute('data-examples')") != null);
        driver.manage().logs().get(LogType.BROWSER);
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static int runs() {
        Object n = js("return document.body.getAttribute('data-runs')");
        return n == null ? 0 : Integer.parseInt(n.toString());
    }

    static void assertNoConsoleErrors() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        entries.forEach(e -> System.out.println("[browser " + e.getLevel() + "] " + e.getMessage()));
        assertTrue(entries.stream().noneMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()),
                "console errors: " + entries);
    }

    static void screenshot(String name) throws IOException {
        Files.write(OUT.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aNamedQueryRunsAndItsRowsAreShown() throws IOException {
        assertTrue(driver.findElement(By.className("CodeMirror")).isDisplayed(), "the CodeMirror editor");
        new Select(driver.findElement(By.id("examples"))).selectByValue("top-entities");
        assertTrue(driver.findElement(By.id("description")).getText().startsWith("Most mentioned entities"));
        driver.findElement(By.id("run")).click();
        wait.until(d -> runs() == 1);
        List<WebElement> header = driver.findElements(By.cssSelector("#results thead th"));
        assertEquals(List.of("entity", "type", "papers"), header.stream().map(WebElement::getText).toList());
        List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
        assertTrue(rows.size() > 10, "rows: " + rows.size());
        assertEquals("reinforcement learning", rows.get(0).findElements(By.tagName("td")).get(0).getText());
        assertTrue(driver.findElement(By.id("status")).getText().matches("\\d+ rows in \\d+ ms.*"));
        screenshot("explorer-rows");
        assertNoConsoleErrors();
    }

    @Test
    void aNamedQuerysParameterIsUsed() {
        new Select(driver.findElement(By.id("examples"))).selectByValue("co-mentioned");
        WebElement name = driver.findElement(By.cssSelector("#params input[data-param='name']"));
        assertEquals("MMLU", name.getAttribute("value"));
        name.clear();
        name.sendKeys("BYOL");
        driver.findElement(By.id("run")).click();
        wait.until(d -> runs() == 1);
        String table = driver.findElement(By.id("results")).getText();
        assertTrue(table.contains("ImageNet"), table);
    }

    @Test
    void aSyntaxErrorIsShownAtItsLineAndColumn() {
        js("window.scikgEditor.set(arguments[0])", "SELECT ?x\nWHERE {\n  ?x ?y\n}");
        driver.findElement(By.id("run")).click();
        wait.until(d -> d.findElement(By.id("error")).isDisplayed());
        String error = driver.findElement(By.id("error")).getText();
        assertTrue(error.startsWith("400: query syntax error at 4:1"), error);
        assertEquals(1, driver.findElements(By.cssSelector(".CodeMirror .error-line")).size(), "the line is marked");
    }

    @Test
    void searchLeadsToAnEntityPageWithItsPapersAndGraph() throws IOException {
        driver.findElement(By.id("search")).sendKeys("bootstrap your");
        WebElement first = wait.until(d -> d.findElements(By.cssSelector("#search-results a")).stream()
                .findFirst().orElse(null));
        assertEquals("BYOL", first.getText());
        first.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/resource/entity/byol"));
        assertEquals("BYOL Method", driver.findElement(By.tagName("h1")).getText());
        String papers = driver.findElement(By.id("papers")).getText();
        assertTrue(papers.startsWith("PAPERS (2)") || papers.startsWith("Papers (2)"), papers);
        assertTrue(papers.contains("“We introduce Bootstrap Your Own Latent (BYOL), a new approach to self-supervised"
                + " image representation learning.”"), papers);
        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.graph")));
        wait.until(d -> js("return window.scikgReady") != null);
        assertTrue((Long) js("return window.scikgGraph.nodes().length") > 3);
        assertTrue((Boolean) js("return window.scikgGraph.nodes().some(function (n) {"
                + " return n.data('label') === 'BYOL'; })"));
        driver.switchTo().defaultContent();
        screenshot("entity-page");
        driver.findElement(By.linkText("ImageNet")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/resource/entity/imagenet"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("ImageNet"));
        assertNoConsoleErrors();
    }

    @Test
    void resultsAreDrawnAsAGraphByTheVizRenderer() throws IOException {
        new Select(driver.findElement(By.id("examples"))).selectByValue("evaluated-on");
        driver.findElement(By.id("run")).click();
        wait.until(d -> runs() == 1);
        driver.findElement(By.id("tab-graph")).click();
        driver.switchTo().frame(driver.findElement(By.id("graph-frame")));
        wait.until(d -> js("return window.scikgReady") != null);
        assertTrue((Long) js("return window.scikgGraph.edges('[relation = \"evaluatedOn\"]').length") > 0);
        driver.switchTo().defaultContent();
        screenshot("explorer-graph");
        assertNoConsoleErrors();
    }
}
