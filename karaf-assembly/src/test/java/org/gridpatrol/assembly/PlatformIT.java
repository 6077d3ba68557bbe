package org.gridpatrol.assembly;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.locationtech.jts.geom.Point;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Boots the built distribution in Pax Exam and checks, from inside the container, that the features
 * are installed, the demo data is loaded and located, the shell command answers, and over HTTP that
 * the console and API are served behind login. One container for the whole class.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {

    private static final String PORT = System.getProperty("gridpatrol.it.http.port", "18181");
    private static final String BASE = "http://localhost:" + PORT;

    @Inject
    FeaturesService features;

    @Inject
    GridUnits units;

    @Inject
    GridLocator locator;

    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        String distribution = System.getProperty("gridpatrol.distribution");
        String localRepository = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl("file:" + new File(distribution).getAbsolutePath())
                    .name("GridPatrol").unpackDirectory(new File("target/exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            systemTimeout(120_000),
            // The probe waits for Pax Exam's invoker, which starts only once every boot feature is installed:
            // 10 s by default, too short for the whole platform on a busy 2-core machine.
            systemProperty("pax.exam.service.timeout").value("180000"),
            systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("180000"),
            systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                    .value("180000"),
            // Pax Exam's own probe bundles come from the build's local repository; the platform's from system/.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", PORT),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
            editConfigurationFilePut("etc/org.gridpatrol.tracking.osmand.cfg", "port", "18155"),
        };
    }

    /**
     * Services can be injected before Karaf has finished starting every boot bundle (the video natives
     * alone are 78 MB): wait until the console answers and the shell command is registered.
     */
    @Before
    public void awaitPlatformStarted() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            boolean commandRegistered = sessionFactory.getRegistry().getCommands().stream()
                    .anyMatch(command -> "gridpatrol".equals(command.getScope()) && "locate".equals(command.getName()));
            boolean consoleAnswers;
            try {
                consoleAnswers = get(http, "/health", null).statusCode() == 200;
            } catch (java.io.IOException notListening) {
                consoleAnswers = false;
            }
            if (commandRegistered && consoleAnswers) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the platform did not finish starting within 120 s");
    }

    @Test
    public void featuresAreInstalled() throws Exception {
        for (String feature : List.of("gridpatrol", "gridpatrol-geo", "gridpatrol-store", "gridpatrol-web",
                "gridpatrol-grid", "gridpatrol-ogc", "gridpatrol-shell", "gridpatrol-mqtt", "gridpatrol-video",
                "gridpatrol-tracking", "gridpatrol-checkpoint", "gridpatrol-wfs")) {
            assertTrue(feature, features.isInstalled(features.getFeature(feature)));
        }
    }

    @Test
    public void demoDataIsLoadedAndLocated() throws Exception {
        GridUnit microGrid = firstMicroGrid();
        Point inside = microGrid.geometry().getInteriorPoint();

        Optional<GridChain> chain = locator.locate(inside.getX(), inside.getY());

        assertTrue(chain.isPresent());
        assertEquals(microGrid.code(), chain.get().deepest().code());
        assertEquals(List.of(AdminLevel.MICRO_GRID, AdminLevel.GRID, AdminLevel.COMMUNITY, AdminLevel.TOWN, AdminLevel.COUNTY),
                chain.get().units().stream().map(GridUnit::level).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    public void locateShellCommandPrintsTheChain() throws Exception {
        GridUnit microGrid = firstMicroGrid();
        Point inside = microGrid.geometry().getInteriorPoint();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);

        session.execute("gridpatrol:locate --crs cgcs2000 " + inside.getX() + " " + inside.getY());

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output, containsString(microGrid.code()));
        assertThat(output, containsString(microGrid.parentCode()));
        assertThat(output, containsString("county"));
    }

    @Test
    public void consoleAndApiAreServedBehindLogin() throws Exception {
        GridUnit microGrid = firstMicroGrid();
        Point inside = microGrid.geometry().getInteriorPoint();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        assertEquals(200, get(http, "/health", null).statusCode());
        HttpResponse<String> anonymousPage = get(http, "/", null);
        assertEquals(302, anonymousPage.statusCode());
        assertThat(anonymousPage.headers().firstValue("Location").orElse(""), containsString("/login.html"));
        assertEquals(401, get(http, "/api/v1/locate?lon=120.5&lat=27.8", null).statusCode());
        assertEquals(200, get(http, "/login.html", null).statusCode());

        HttpResponse<String> page = get(http, "/", "admin:admin123");
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("/webjars/openlayers/"));
        assertEquals(200, get(http, "/webjars/openlayers/6.4.3/ol.js", "admin:admin123").statusCode());

        HttpResponse<String> located = get(http, "/api/v1/locate?lon=" + inside.getX() + "&lat=" + inside.getY(), "patrol:patrol123");
        assertEquals(200, located.statusCode());
        assertThat(located.body(), containsString(microGrid.code()));

        HttpResponse<String> badLon = get(http, "/api/v1/locate?lon=east&lat=27.8", "patrol:patrol123");
        assertEquals(400, badLon.statusCode());
        assertThat(badLon.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        assertThat(badLon.body(), containsString("\"field\":\"lon\""));

        assertEquals(401, get(http, "/api/v1/locate?lon=120.5&lat=27.8", "patrol:wrong").statusCode());
    }

    private GridUnit firstMicroGrid() throws InterruptedException {
        GridQuery query = new GridQuery(AdminLevel.MICRO_GRID, null, null, null, 0, 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<GridUnit> found = units.query(query).units();
            if (!found.isEmpty() && locator.locate(found.get(0).geometry().getInteriorPoint().getX(),
                    found.get(0).geometry().getInteriorPoint().getY()).isPresent()) {
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("demo data was not loaded and indexed within 90 s");
    }

    private static HttpResponse<String> get(HttpClient http, String path, String userAndPassword) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30));
        if (userAndPassword != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
