package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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

/** A user logs in to the console in Debian's Chromium and sees micro-grids drawn on the map. */
@ExtendWith(RunningDistribution.class)
class ConsoleBrowserIT {

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void openBrowser() throws Exception {
        Path chromium = RequiredTool.require("/usr/bin/chromium", "chromium");
        Path chromedriver = RequiredTool.require("/usr/bin/chromedriver", "chromium-driver");
        profile = Files.createTempDirectory("gridpatrol-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void logsInAndSeesMicroGridsOnTheMap(RunningDistribution.Platform platform) throws Exception {
        JsonNode someMicroGrid = new ObjectMapper().readTree(
                platform.get("/ogc/collections/micro-grids/items?limit=1", "gis:gis123").body()).get("features").get(0);
        String code = someMicroGrid.get("properties").get("code").asText();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        logIn(platform, "dispatcher", "dispatch123", wait);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "dispatcher"));
        WebElement search = browser.findElement(By.id("search-input"));
        search.sendKeys(code, Keys.ENTER);
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.search-result[data-code='" + code + "']")));
        hit.click();

        wait.until(driver -> loadedMicroGrids(driver) > 0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("info-panel"), code));
        assertThat(browser.findElement(By.id("info-panel")).getText()).contains("微网格").contains("****");
        saveScreenshot("console-micro-grids.png");
        assertThat(loadedMicroGrids(browser)).isGreaterThan(0);
    }

    @Test
    void theVideoWallShowsTheDemoCameraAnalysingLive(RunningDistribution.Platform platform) throws Exception {
        TestVideo.vtest(); // the distribution ships the demo footage only when the build found it
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        logIn(platform, "patrol", "patrol123", wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map")));

        browser.get(platform.baseUrl() + "/video.html");
        By demoTile = By.cssSelector(".camera-tile[data-code='RA-AY-001'][data-state='ONLINE']");
        WebElement tile = wait.until(ExpectedConditions.presenceOfElementLocated(demoTile));
        wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const img = arguments[0].querySelector('img'); return !!img && img.naturalWidth > 0;", tile));

        saveScreenshot("video-wall.png");
        assertThat(browser.findElement(By.id("video-wall")).getAttribute("data-loaded-cameras")).isNotBlank();
    }

    @Test
    void wrongPasswordStaysOnTheLoginPage(RunningDistribution.Platform platform) {
        browser.get(platform.baseUrl() + "/login.html");
        browser.findElement(By.name("username")).sendKeys("dispatcher");
        browser.findElement(By.name("password")).sendKeys("not-the-password", Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("error=1"));
        assertThat(browser.getCurrentUrl()).contains("/login.html");
    }

    private void logIn(RunningDistribution.Platform platform, String user, String password, WebDriverWait wait) {
        browser.get(platform.baseUrl() + "/");
        wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password, Keys.ENTER);
    }

    private static int loadedMicroGrids(WebDriver driver) {
        String loaded = driver.findElement(By.id("map")).getAttribute("data-loaded-micro-grids");
        return loaded == null || loaded.isBlank() ? 0 : Integer.parseInt(loaded.trim());
    }

    private void saveScreenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target", name), png);
    }
}
