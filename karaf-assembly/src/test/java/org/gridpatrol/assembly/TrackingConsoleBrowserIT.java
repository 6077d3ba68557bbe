package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checkpoints and live positions in the console, in Debian's Chromium: a unit and a checkpoint made through
 * the REST API appear on the map, the unit's panel shows its track, and a red health code entered on the
 * pass page by one officer reaches the live event feed that the map page (open in another tab) shows.
 */
@ExtendWith(RunningDistribution.class)
class TrackingConsoleBrowserIT {

    private static final String ADMIN = "admin:admin123";
    private static final String PHONE = "13800005678";
    /** North of the checkpoint, inside its 80 m fence, far enough on screen not to cover its marker. */
    private static final double UNIT_OFFSET_DEGREES = 0.0005;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
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
                // the map tab keeps its live stream while the pass page is in front
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
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
    void aRedHealthCodeEnteredAtACheckpointReachesTheMapsLiveFeed(RunningDistribution.Platform platform) throws Exception {
        runAgainst(platform.baseUrl());
    }

    /** The whole scenario against a console at baseUrl (also usable against a stand-in server). */
    void runAgainst(String baseUrl) throws Exception {
        String suffix = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        String unitCode = "IT-P-" + suffix;
        String checkpointCode = "IT-C-" + suffix;
        String subject = "IT红码" + suffix;
        double[] place = someMicroGridCentre(baseUrl);
        double unitLon = place[0];
        double unitLat = place[1] + UNIT_OFFSET_DEGREES;
        createUnitAndCheckpoint(baseUrl, unitCode, checkpointCode, place);
        postTwoPositions(baseUrl, "it-phone-" + suffix, unitLon, unitLat);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        logIn(baseUrl, wait);
        wait.until(driver -> "true".equals(script("return document.getElementById('map').dataset.ready || ''")));
        wait.until(driver -> number("document.body.dataset.unitCount") >= 1);
        wait.until(driver -> Boolean.TRUE.equals(script("return !!window.gridpatrol.tracking.units.get(arguments[0])", unitCode)));
        wait.until(driver -> number("document.body.dataset.checkpointCount") >= 1);
        assertThat(script("return !!window.gridpatrol.tracking.checkpoints.get(arguments[0])", checkpointCode)).isEqualTo(true);
        assertThat(browser.findElement(By.id("unit-layer-toggle")).isSelected()).isTrue();

        clickOnMapAt(unitLon, unitLat, "units", wait);
        wait.until(ExpectedConditions.attributeToBe(By.id("info-panel"), "data-code", unitCode));
        assertThat(browser.findElement(By.id("info-panel")).getAttribute("data-view")).isEqualTo("patrol-unit");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#info-body .unit-view"), "data-track", "2"));
        assertThat(browser.findElement(By.id("unit-phone")).getText()).endsWith("5678");
        saveScreenshot("tracking-unit.png");

        clickOnMapAt(place[0], place[1], "checkpoints", wait);
        wait.until(ExpectedConditions.attributeToBe(By.id("info-panel"), "data-code", checkpointCode));
        assertThat(browser.findElement(By.id("checkpoint-name")).getText()).isEqualTo("IT 卡口 " + checkpointCode);

        wait.until(driver -> "open".equals(script("return document.body.dataset.liveState || ''")));
        String mapTab = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        enterRedPass(baseUrl, checkpointCode, subject, wait);
        assertStoredAsRed(baseUrl, checkpointCode, subject);

        browser.switchTo().window(mapTab);
        By feedItem = By.cssSelector("#event-feed li[data-event='health-code'][data-health-code='RED']");
        wait.until(driver -> driver.findElements(feedItem).stream().anyMatch(item -> item.getText().contains(subject)));
        saveScreenshot("tracking-event-feed.png");
    }

    private void enterRedPass(String baseUrl, String checkpointCode, String subject, WebDriverWait wait) throws Exception {
        browser.get(baseUrl + "/passes.html?checkpoint=" + URLEncoder.encode(checkpointCode, StandardCharsets.UTF_8));
        wait.until(driver -> checkpointCode.equals(new Select(driver.findElement(By.id("pass-checkpoint")))
                .getFirstSelectedOption().getAttribute("value")));
        browser.findElement(By.id("pass-subject")).sendKeys(subject);

        // No health code chosen yet: the form names the missing field instead of sending.
        browser.findElement(By.id("pass-submit")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pass-error")));
        assertThat(problem.getAttribute("data-field")).isEqualTo("healthCode");

        browser.findElement(By.cssSelector("label[for='health-red']")).click();
        browser.findElement(By.id("pass-submit")).click();
        By saved = By.cssSelector("#recent-passes li[data-health-code='RED']");
        wait.until(driver -> driver.findElements(saved).stream().anyMatch(item -> item.getText().contains(subject)));
        assertThat(browser.findElement(By.id("pass-error")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("pass-subject")).getAttribute("value")).isEmpty();
        saveScreenshot("tracking-passes.png");
    }

    private void assertStoredAsRed(String baseUrl, String checkpointCode, String subject) throws Exception {
        JsonNode stored = send(baseUrl, "GET", "/api/v1/passes?limit=10&checkpoint="
                + URLEncoder.encode(checkpointCode, StandardCharsets.UTF_8), null, 200).get("passes");
        JsonNode pass = null;
        for (JsonNode candidate : stored) {
            if (subject.equals(candidate.path("subject").asText())) {
                pass = candidate;
            }
        }
        assertThat(pass).as("the pass entered in the browser, in %s", stored).isNotNull();
        assertThat(pass.path("healthCode").asText()).isEqualTo("RED");
        assertThat(pass.path("direction").asText()).isEqualTo("IN");
        assertThat(pass.path("subjectKind").asText()).isEqualTo("PERSON");
        assertThat(pass.path("passType").asText()).isEqualTo("RESIDENT");
        assertThat(pass.path("officer").asText()).isEqualTo("admin");
    }

    private void createUnitAndCheckpoint(String baseUrl, String unitCode, String checkpointCode, double[] place)
            throws Exception {
        ObjectNode unit = json.createObjectNode()
                .put("code", unitCode).put("name", "IT 巡防员 " + unitCode).put("kind", "PATROLLER").put("team", "IT")
                .put("phone", PHONE).put("deviceId", "it-phone-" + unitCode.substring("IT-P-".length()))
                .put("status", "AVAILABLE");
        send(baseUrl, "PUT", "/api/v1/patrol-units/" + unitCode, unit, 200);
        ObjectNode checkpoint = json.createObjectNode()
                .put("name", "IT 卡口 " + checkpointCode).put("level", "VILLAGE").put("shape", "CIRCLE")
                .put("lon", place[0]).put("lat", place[1]).put("sizeMetres", 80);
        checkpoint.putNull("outline");
        send(baseUrl, "PUT", "/api/v1/checkpoints/" + checkpointCode, checkpoint, 200);
    }

    private void postTwoPositions(String baseUrl, String deviceId, double lon, double lat) throws Exception {
        ObjectNode body = json.createObjectNode();
        ArrayNode positions = body.putArray("positions");
        Instant now = Instant.now();
        for (int i = 1; i >= 0; i--) {
            positions.addObject().put("deviceId", deviceId).put("time", now.minusSeconds(10L * i + 5).toString())
                    .put("lon", lon).put("lat", lat - i * 0.0001).put("crs", "wgs84")
                    .put("speedKmh", 4.5).put("batteryPercent", 80);
        }
        JsonNode answer = send(baseUrl, "POST", "/api/v1/positions", body, 200);
        assertThat(answer.path("accepted").asInt()).as("positions accepted: %s", answer).isEqualTo(2);
    }

    /** Lon/lat near the middle of a demo micro-grid (mean of its outer ring), so the checkpoint has a grid. */
    private double[] someMicroGridCentre(String baseUrl) throws Exception {
        JsonNode geometry = send(baseUrl, "GET", "/ogc/collections/micro-grids/items?limit=1", null, 200)
                .get("features").get(0).get("geometry");
        JsonNode ring = "MultiPolygon".equals(geometry.get("type").asText())
                ? geometry.get("coordinates").get(0).get(0) : geometry.get("coordinates").get(0);
        double lon = 0;
        double lat = 0;
        int corners = ring.size() - 1; // the ring repeats its first corner
        for (int i = 0; i < corners; i++) {
            lon += ring.get(i).get(0).asDouble() / corners;
            lat += ring.get(i).get(1).asDouble() / corners;
        }
        return new double[] {lon, lat};
    }

    /** Centres the map on lon/lat at zoom 17 and clicks there once the layer has drawn a feature at that spot. */
    private void clickOnMapAt(double lon, double lat, String layer, WebDriverWait wait) {
        script("const map = window.gridpatrol.map; map.getView().setCenter(ol.proj.fromLonLat([arguments[0], arguments[1]]));"
                + " map.getView().setZoom(17);", lon, lat);
        wait.until(driver -> Boolean.TRUE.equals(script("const map = window.gridpatrol.map;"
                + " const pixel = map.getPixelFromCoordinate(ol.proj.fromLonLat([arguments[0], arguments[1]]));"
                + " return !!pixel && map.getFeaturesAtPixel(pixel, { layerFilter: (l) => l === window.gridpatrol.layers[arguments[2]],"
                + " hitTolerance: 2 }).length > 0;", lon, lat, layer)));
        WebElement map = browser.findElement(By.id("map"));
        new Actions(browser).moveToElement(map).click().perform(); // the centre of the map is lon/lat
    }

    private JsonNode send(String baseUrl, String method, String path, JsonNode body, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", RunningDistribution.basic(ADMIN));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("%s %s answered %s", method, path, answer.body()).isEqualTo(expectedStatus);
        return answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body());
    }

    private void logIn(String baseUrl, WebDriverWait wait) {
        browser.get(baseUrl + "/");
        wait.until(ExpectedConditions.urlContains("/login.html"));
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("admin123", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("map")));
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private double number(String expression) {
        Object value = script("return Number(" + expression + " || 0)");
        return value instanceof Number ? ((Number) value).doubleValue() : 0;
    }

    private void saveScreenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve(name), png);
    }
}
