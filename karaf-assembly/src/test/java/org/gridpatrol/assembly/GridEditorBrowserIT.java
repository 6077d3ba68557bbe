package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A GIS editor renames a micro-grid in the browser boundary editor and saves it as a revision; then moves a
 * shared vertex in one micro-grid only, and the server's topology rules refuse the save with a gap or overlap.
 */
@ExtendWith(RunningDistribution.class)
class GridEditorBrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EDITOR = "gis:gis123";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        Path chromium = RequiredTool.require("/usr/bin/chromium", "chromium");
        Path chromedriver = RequiredTool.require("/usr/bin/chromedriver", "chromium-driver");
        Path profile = Files.createTempDirectory("gridpatrol-editor-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1400,950", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)); // select() waits for the bbox load
        wait = new WebDriverWait(browser, Duration.ofSeconds(45));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void renamesAMicroGridAsARevisionAndIsRefusedWhenAVertexMovesInOneFeatureOnly(RunningDistribution.Platform platform)
            throws Exception {
        // Not the first micro-grid: other browser tests of the same run look at that one.
        JsonNode features = JSON.readTree(platform.get("/ogc/collections/micro-grids/items?limit=20", EDITOR).body())
                .get("features");
        String code = features.get(features.size() - 1).get("properties").get("code").asText();
        int revisionsBefore = history(platform, code).size();
        openEditor(platform);

        select(code);
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-name")));
        String newName = "浏览器测试微网格 " + System.currentTimeMillis() % 100000;
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        name.sendKeys(newName, Keys.TAB);
        save("改名：浏览器测试");

        wait.until(driver -> !bodyData("lastRevision").isBlank());
        String revision = bodyData("lastRevision");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history-list li[data-id='" + revision + "']")));
        List<JsonNode> revisions = history(platform, code);
        assertThat(revisions).hasSize(revisionsBefore + 1);
        JsonNode saved = revisions.get(revisions.size() - 1);
        assertThat(saved.get("id").asText()).isEqualTo(revision);
        assertThat(saved.get("author").asText()).isEqualTo("gis");
        assertThat(saved.get("comment").asText()).isEqualTo("改名：浏览器测试");
        assertThat(saved.at("/changes/0/after/properties/name").asText()).isEqualTo(newName);
        screenshot("grid-editor-renamed.png");

        Object moved = ((JavascriptExecutor) browser).executeScript(
                "return window.gridpatrolEditor.moveOneVertex(arguments[0], 40, 40);", code);
        assertThat(moved).isEqualTo(Boolean.TRUE);
        save("只移动一个微网格的顶点");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#violation-list li")));
        List<String> kinds = new ArrayList<>();
        browser.findElements(By.cssSelector("#violation-list li")).forEach(item -> kinds.add(item.getAttribute("data-kind")));
        assertThat(kinds).containsAnyOf("GAP", "OVERLAP");
        screenshot("grid-editor-refused.png");
        assertThat(bodyData("lastRevision")).isEqualTo(revision);
        assertThat(history(platform, code)).hasSize(revisionsBefore + 1); // nothing saved
    }

    private void openEditor(RunningDistribution.Platform platform) {
        browser.get(platform.baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.findElement(By.name("username")).sendKeys("gis");
        browser.findElement(By.name("password")).sendKeys("gis123", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login.html")));
        browser.get(platform.baseUrl() + "/editor.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body[data-editor-ready]")));
    }

    private void select(String code) {
        Object selected = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "window.gridpatrolEditor.select(arguments[0]).then((f) => done(!!f), (e) => done(String(e)));",
                code);
        assertThat(selected).isEqualTo(Boolean.TRUE);
        wait.until(ExpectedConditions.attributeToBe(By.id("unit-form"), "data-code", code));
    }

    private void save(String comment) {
        browser.findElement(By.id("save-button")).click();
        WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("save-comment")));
        box.sendKeys(comment);
        browser.findElement(By.id("save-confirm")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("save-dialog")));
    }

    private String bodyData(String name) {
        Object value = ((JavascriptExecutor) browser).executeScript("return document.body.dataset[arguments[0]] || '';", name);
        return String.valueOf(value);
    }

    private static List<JsonNode> history(RunningDistribution.Platform platform, String code) throws Exception {
        var answer = platform.get("/api/v1/grid-history/" + code, EDITOR);
        assertThat(answer.statusCode()).isEqualTo(200);
        List<JsonNode> revisions = new ArrayList<>();
        JSON.readTree(answer.body()).get("revisions").forEach(revisions::add);
        return revisions;
    }

    private void screenshot(String name) throws Exception {
        Files.write(Path.of("target", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
