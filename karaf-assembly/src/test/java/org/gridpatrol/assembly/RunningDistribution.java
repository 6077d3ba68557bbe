package org.gridpatrol.assembly;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The built distribution unpacked and started with {@code bin/karaf server}, exactly as a user runs
 * it, on test ports. Started once for all test classes that use it and stopped when the run ends.
 */
public final class RunningDistribution implements ParameterResolver {

    /** The started platform, handed to test methods and constructors. */
    public static final class Platform implements ExtensionContext.Store.CloseableResource {

        private final String name;
        private final Process karaf;
        private final Path home;
        private final int httpPort;
        private final Duration readyAfter;

        Platform(String name, Process karaf, Path home, int httpPort, Duration readyAfter) {
            this.name = name;
            this.karaf = karaf;
            this.home = home;
            this.httpPort = httpPort;
            this.readyAfter = readyAfter;
        }

        /** Kills the platform's JVM outright (SIGKILL): no shutdown hooks, no flushing. */
        public void kill() throws InterruptedException {
            karaf.descendants().forEach(ProcessHandle::destroyForcibly);
            karaf.destroyForcibly();
            karaf.waitFor(20, TimeUnit.SECONDS);
        }

        /** Starts the same installation again, with its data, after {@link #kill} or {@link #close}. */
        public Platform restart() {
            try {
                return launch(name, home, httpPort);
            } catch (IOException | InterruptedException failed) {
                throw new IllegalStateException("could not restart the distribution", failed);
            }
        }

        /** The OsmAnd (Traccar Client) ingest port configured in this installation. */
        public int osmandPort() throws IOException {
            Path cfg = home.resolve("etc/org.gridpatrol.tracking.osmand.cfg");
            for (String line : Files.readAllLines(cfg)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("port")) {
                    return Integer.parseInt(trimmed.substring(trimmed.indexOf('=') + 1).trim());
                }
            }
            throw new IllegalStateException("no port in " + cfg);
        }

        public String baseUrl() {
            return "http://localhost:" + httpPort;
        }

        public Path home() {
            return home;
        }

        /** From process start until the console answered and the demo data was served. */
        public Duration readyAfter() {
            return readyAfter;
        }

        public HttpResponse<String> get(String path, String userAndPassword) throws IOException, InterruptedException {
            return send(baseUrl() + path, userAndPassword);
        }

        @Override
        public void close() throws InterruptedException {
            karaf.descendants().forEach(ProcessHandle::destroy);
            karaf.destroy();
            if (!karaf.waitFor(20, TimeUnit.SECONDS)) {
                karaf.descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly();
            }
        }
    }

    private static final int HTTP_PORT = 18281;
    private static final int PORT_OFFSET = 100;
    private static final int OSMAND_PORT = 18255;
    static final String OSMAND_CFG = "etc/org.gridpatrol.tracking.osmand.cfg";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, key -> start("it-run", HTTP_PORT, PORT_OFFSET,
                        Map.of(OSMAND_CFG, Map.of("port", String.valueOf(OSMAND_PORT)),
                                // Staffing checked every 5 s (the least allowed) with no grace, so the tests see it at once.
                                "etc/org.gridpatrol.checkpoint.duty.cfg", Map.of("checkSeconds", "5", "graceMinutes", "0"))), Platform.class);
    }

    /**
     * Unpacks and starts a distribution in {@code target/<name>}, with its HTTP port, its SSH and RMI
     * ports shifted by {@code portOffset}, and extra settings per {@code etc/} file.
     */
    static Platform start(String name, int httpPort, int portOffset, Map<String, Map<String, String>> settings) {
        try {
            Path distribution = Paths.get(System.getProperty("gridpatrol.distribution"));
            Path runDir = Paths.get("target", name).toAbsolutePath();
            deleteRecursively(runDir);
            Files.createDirectories(runDir);
            run(List.of("tar", "xzf", distribution.toString(), "-C", runDir.toString()));
            Path home;
            try (Stream<Path> unpacked = Files.list(runDir)) {
                home = unpacked.filter(Files::isDirectory).findFirst().orElseThrow();
            }
            setProperty(home, "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
            setProperty(home, "etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(18101 + portOffset));
            setProperty(home, "etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(11099 + portOffset));
            setProperty(home, "etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(44444 + portOffset));
            for (Map.Entry<String, Map<String, String>> file : settings.entrySet()) {
                for (Map.Entry<String, String> setting : file.getValue().entrySet()) {
                    setProperty(home, file.getKey(), setting.getKey(), setting.getValue());
                }
            }
            return launch(name, home, httpPort);
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("could not start the distribution", failed);
        }
    }

    private static Platform launch(String name, Path home, int httpPort) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.getParent().resolve("karaf-console.log").toFile()))
                .start();
        Duration readyAfter = awaitReady(karaf, started, httpPort, name);
        System.out.printf("GridPatrol distribution (%s) ready %d ms after start (console answered, demo data served)%n",
                name, readyAfter.toMillis());
        return new Platform(name, karaf, home, httpPort, readyAfter);
    }

    private static Duration awaitReady(Process karaf, long startedNanos, int httpPort, String name) throws InterruptedException {
        String probe = "http://localhost:" + httpPort + "/ogc/collections/micro-grids/items?limit=1";
        long deadline = startedNanos + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!karaf.isAlive()) {
                throw new IllegalStateException("karaf exited with " + karaf.exitValue() + "; see target/" + name + "/karaf-console.log");
            }
            try {
                HttpResponse<String> answer = send(probe, "admin:admin123");
                if (answer.statusCode() == 200 && answer.body().contains("\"Feature\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the console did not serve micro-grids within 120 s; see target/" + name);
    }

    static HttpResponse<String> send(String url, String userAndPassword) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (userAndPassword != null) {
            request.header("Authorization", basic(userAndPassword));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The HTTP Basic authorization header value for "user:password". */
    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private static void setProperty(Path home, String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = Files.exists(path) ? Files.readAllLines(path) : List.of();
        StringBuilder updated = new StringBuilder();
        boolean replaced = false;
        for (String line : lines) {
            if (line.trim().startsWith(key + " ") || line.trim().startsWith(key + "=")) {
                updated.append(key).append(" = ").append(value).append('\n');
                replaced = true;
            } else {
                updated.append(line).append('\n');
            }
        }
        if (!replaced) {
            updated.append(key).append(" = ").append(value).append('\n');
        }
        Files.writeString(path, updated);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed: " + command);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        }
    }
}
