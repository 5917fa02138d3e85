package org.scikg.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scikg.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens generated pages from file:// in Debian's headless Chromium (through /usr/bin/chromedriver, never a
 * downloaded driver) and checks them as a person would: they load without errors or requests, show every node,
 * open a node's panel on a click, survive hostile labels, and stay usable at 3,000 nodes.
 */
class PageInBrowserTest {
    static final Path OUT = Path.of("target", "viz-browser");

    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        Files.createDirectories(OUT);
        browser = Browser.start(1400, 900);
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Writes the page, opens it and waits until it says it is ready; returns milliseconds to ready. */
    private static double open(VizGraph g, String name) throws IOException {
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        try (var out = Files.newOutputStream(file)) {
            Renderers.write(g, VizFormat.HTML, out);
        }
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(file.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> js("return window.scikgReady") != null);
        return ((Number) js("return window.scikgReady")).doubleValue();
    }

    private static void assertNoErrorsAndNoRequests() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        entries.forEach(e -> System.out.println("[browser " + e.getLevel() + "] " + e.getMessage()));
        assertTrue(entries.stream().noneMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()),
                "console errors: " + entries);
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "network requests");
    }

    private static long count(String cyExpression) {
        return (Long) js("return window.scikgGraph." + cyExpression);
    }

    private static String panelText() {
        return driver.findElement(By.id("panel-body")).getText();
    }

    /** Takes a screenshot into target/ and returns its number of distinct colours. */
    private static int screenshotColours(String name) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve(name + ".png"), png);
        return distinctColours(png);
    }

    private static int distinctColours(byte[] png) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void fixturePageShowsEveryNodeAndOpensAPanelOnAClick() throws IOException {
        VizGraph g = RendererTestSupport.FIXTURE;
        open(g, "fixture");
        assertNoErrorsAndNoRequests();
        assertEquals(g.vertexSet().size(), count("nodes().length"));
        assertEquals(g.edgeSet().size(), count("edges().length"));
        String id = VizTestData.entity("byol");
        @SuppressWarnings("unchecked")
        var at = (java.util.Map<String, Number>) js("var n = window.scikgGraph.getElementById(arguments[0]);"
                + "var r = document.getElementById('cy').getBoundingClientRect(); var p = n.renderedPosition();"
                + "return {x: r.left + p.x, y: r.top + p.y};", id);
        new Actions(driver).moveToLocation(at.get("x").intValue(), at.get("y").intValue()).click().perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("panel")).isDisplayed());
        String text = panelText();
        assertTrue(text.startsWith("BYOL"), text);
        assertTrue(text.contains("Also: Bootstrap Your Own Latent"), text);
        assertTrue(text.contains("We introduce Bootstrap Your Own Latent (BYOL)."), "evidence sentence: " + text);
        assertTrue(text.contains("basedOn ← BYOL-Explore"), "relation: " + text);
        assertTrue(screenshotColours("fixture") > 30, "the screenshot is not blank");
    }

    @Test
    void searchLegendTogglesAndPngWork() throws IOException {
        open(RendererTestSupport.FIXTURE, "fixture-controls");
        driver.findElement(By.id("search")).sendKeys("imagen", Keys.ENTER);
        assertTrue(panelText().startsWith("ImageNet"), panelText());
        driver.findElement(By.cssSelector("#types input[aria-label='show Method']")).click();
        assertEquals(3L, count("nodes('.hidden').length"));
        driver.findElement(By.cssSelector("#relations input[aria-label='show coMention']")).click();
        assertEquals(21L, count("edges('.hidden').length"));
        String png = (String) js("return window.scikgPng()");
        assertTrue(png.startsWith("data:image/png;base64,"));
        assertTrue(distinctColours(Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1))) > 10);
        assertNoErrorsAndNoRequests();
    }

    @Test
    void sharedMiniGraphPageShowsEveryEntity() throws IOException {
        var mini = VizTestData.miniGraph();
        Assumptions.assumeTrue(mini != null, "fixtures/mini-graph.ttl is not on the class path");
        open(GraphViews.build(mini, VizRequest.builder().build()), "mini-graph");
        assertEquals(VizTestData.entityCount(mini), count("nodes().length"));
        open(GraphViews.build(mini, VizRequest.builder().view(VizRequest.View.PAPERS).build()), "mini-papers");
        assertTrue(count("nodes('[type = \"Paper\"]').length") > 0);
        assertTrue(screenshotColours("mini-papers") > 30);
        assertNoErrorsAndNoRequests();
    }

    @Test
    void hostileLabelsStayTextAndNothingRuns() throws IOException {
        open(RendererTestSupport.HOSTILE, "hostile");
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned"));
        assertEquals(3L, js("return document.scripts.length"));
        assertEquals(2L, count("nodes().length"));
        js("window.scikgGraph.getElementById(arguments[0]).emit('tap')", VizTestData.entity("bad"));
        assertEquals(VizTestData.HOSTILE, driver.findElement(By.cssSelector("#panel-body h2")).getText());
        assertTrue(panelText().contains("<img src=x onerror=alert(3)>"), panelText());
        assertEquals(0L, js("return document.querySelectorAll('#panel script, #panel img').length"));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        screenshotColours("hostile");
        assertNoErrorsAndNoRequests();
    }

    @Test
    void largeSyntheticGraphStaysResponsive() throws IOException {
        long t0 = System.nanoTime();
        VizGraph g = GraphViews.build(VizTestData.synthetic(3000, 3000, 4, 2500, 7), VizRequest.builder().build());
        long built = System.nanoTime();
        Path file = OUT.resolve("large.html");
        byte[] page;
        try (var out = new java.io.ByteArrayOutputStream()) {
            Renderers.write(g, VizFormat.HTML, out);
            page = out.toByteArray();
        }
        long rendered = System.nanoTime();
        Files.write(file, page);
        long start = System.nanoTime();
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(file.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> js("return window.scikgReady") != null);
        long ready = System.nanoTime();
        double tti = ((Number) js("return window.scikgReady")).doubleValue();
        String timed = "var t = performance.now(); %s; return performance.now() - t;";
        double tap = ((Number) js(timed.formatted("window.scikgGraph.nodes()[0].emit('tap')"))).doubleValue();
        double toggle = ((Number) js(timed.formatted(
                "document.querySelector(\"#types input[aria-label='show Model']\").click()"))).doubleValue();
        System.out.printf(java.util.Locale.ROOT, "large graph: %d nodes, %d edges; store->graph %.0f ms, "
                + "page %.1f MB in %.0f ms; time to interactive %.0f ms (performance.now), %.0f ms (driver.get"
                + " to ready); in page: node tap %.0f ms, type toggle %.0f ms%n", g.vertexSet().size(),
                g.edgeSet().size(), ms(t0, built), page.length / 1e6, ms(built, rendered), tti, ms(start, ready),
                tap, toggle);
        System.out.println("page phases (ms since navigation): " + js("return JSON.stringify(window.scikgTimings)"));
        assertEquals(g.vertexSet().size(), count("nodes().length"));
        assertEquals(g.edgeSet().size(), count("edges().length") + (Long) js("return window.scikgDeferredEdges()"));
        assertTrue(driver.findElement(By.id("panel")).isDisplayed());
        assertTrue(screenshotColours("large") > 30);
        double showAll = ((Number) js(timed.formatted(
                "document.querySelector(\"#relations input[aria-label='show coMention']\").click()")))
                .doubleValue();
        System.out.printf(java.util.Locale.ROOT, "showing the %d co-mention edges: %.0f ms%n",
                g.edgeSet().stream().filter(e -> !e.directed()).count(), showAll);
        assertEquals(g.edgeSet().size(), count("edges().length"));
        assertNoErrorsAndNoRequests();
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
