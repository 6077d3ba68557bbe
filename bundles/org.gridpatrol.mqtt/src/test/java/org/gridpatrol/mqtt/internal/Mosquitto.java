package org.gridpatrol.mqtt.internal;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Mosquitto tools as outside clients: the shared broker at 127.0.0.1:1883, brokers of the tests' own
 * on free ports, {@code mosquitto_sub} and {@code mosquitto_pub} run as processes.
 */
final class Mosquitto {

    static final String HOST = "127.0.0.1";
    static final int SHARED_PORT = 1883;
    static final String REQUIRE_VARIABLE = "GRIDPATROL_REQUIRE_SERVICES";
    /** Generous: waiting is for a state, never a speed check. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(Mosquitto.class);

    private Mosquitto() {
    }

    /** Skips the calling test, with the reason logged, when the shared broker or the tools are missing. */
    static void assumeSharedBroker() {
        Optional<String> problem = missingTool("mosquitto_sub")
                .or(() -> missingTool("mosquitto_pub"))
                .or(() -> missingTool("stdbuf"))
                .or(() -> accepts(SHARED_PORT) ? Optional.empty()
                        : Optional.of("no MQTT broker at " + HOST + ":" + SHARED_PORT));
        problem.ifPresent(Mosquitto::skipOrFail);
    }

    /** Skips the calling test when the mosquitto broker program is missing. */
    static void assumeBrokerProgram() {
        missingTool("mosquitto").ifPresent(Mosquitto::skipOrFail);
    }

    private static void skipOrFail(String reason) {
        if (Boolean.parseBoolean(System.getenv(REQUIRE_VARIABLE))) {
            fail(REQUIRE_VARIABLE + "=true but " + reason);
        }
        LOG.warn("MQTT broker test skipped: {}", reason);
        Assumptions.abort("MQTT broker test skipped: " + reason);
    }

    private static Optional<String> missingTool(String name) {
        for (String folder : List.of("/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin")) {
            if (Files.isExecutable(Path.of(folder, name))) {
                return Optional.empty();
            }
        }
        return Optional.of(name + " is not installed (Debian package mosquitto / mosquitto-clients)");
    }

    static String program(String name) {
        for (String folder : List.of("/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin")) {
            Path path = Path.of(folder, name);
            if (Files.isExecutable(path)) {
                return path.toString();
            }
        }
        throw new IllegalStateException(name + " not found");
    }

    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("Gave up waiting after " + PATIENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(50);
        }
    }

    /** {@code mosquitto_pub}: one message, QoS 1. */
    static void publish(int port, String topic, String message) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(program("mosquitto_pub"), "-h", HOST, "-p", String.valueOf(port),
                "-V", "mqttv5", "-q", "1", "-t", topic, "-m", message)
                .redirectErrorStream(true).start();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("mosquitto_pub did not finish");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("mosquitto_pub failed (" + process.exitValue() + "): " + output);
        }
    }

    /** {@code mosquitto_sub -C 1 -W 10} on one topic, subscribed with QoS 2 so that it sees the QoS sent. */
    static final class Subscriber implements AutoCloseable {

        private static final String MARK = "PAYLOAD:";

        private final Process process;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final StringBuilder transcript = new StringBuilder();

        Subscriber(int port, String topic) throws IOException {
            // stdbuf: mosquitto_sub's debug lines are stdio-buffered in a pipe, and we need the SUBACK line now.
            process = new ProcessBuilder(program("stdbuf"), "-oL", program("mosquitto_sub"), "-h", HOST, "-p",
                    String.valueOf(port),
                    "-V", "mqttv5", "-d", "-C", "1", "-W", "10", "-q", "2", "-t", topic,
                    "-F", MARK + "%q:%r:%p")
                    .redirectErrorStream(true).start();
            Thread reader = new Thread(this::readLines, "mosquitto_sub " + topic);
            reader.setDaemon(true);
            reader.start();
        }

        private void readLines() {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("read failed: " + e.getMessage());
            }
        }

        /** Waits for the broker's SUBACK, so that what is published next cannot miss the subscriber. */
        Subscriber awaitSubscribed() throws InterruptedException {
            nextLineContaining("received SUBACK");
            return this;
        }

        /** The one message received: its QoS, retain flag and payload. */
        Received received() throws InterruptedException {
            String line = nextLineContaining(MARK);
            String[] parts = line.substring(line.indexOf(MARK) + MARK.length()).split(":", 3);
            return new Received(Integer.parseInt(parts[0]), parts[1].equals("1"), parts[2]);
        }

        private String nextLineContaining(String text) throws InterruptedException {
            Instant deadline = Instant.now().plus(PATIENCE);
            while (Instant.now().isBefore(deadline)) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    transcript.append(line).append('\n');
                    if (line.contains(text)) {
                        return line;
                    }
                } else if (!process.isAlive() && lines.isEmpty()) {
                    break;
                }
            }
            return fail("mosquitto_sub printed no line with '" + text + "'; output:\n" + transcript);
        }

        @Override
        public void close() {
            process.destroy();
        }
    }

    record Received(int qos, boolean retained, String payload) {
    }

    /** A broker of the test's own on a free port, to stop and start at will. */
    static final class Broker implements AutoCloseable {

        final int port;
        private Process process;

        Broker(int port) {
            this.port = port;
        }

        Broker start() throws IOException, InterruptedException {
            process = new ProcessBuilder(program("mosquitto"), "-p", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            await("mosquitto listening on port " + port, () -> accepts(port) || !process.isAlive());
            if (!process.isAlive()) {
                fail("mosquitto -p " + port + " exited with " + process.exitValue());
            }
            return this;
        }

        void stop() throws InterruptedException {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
                process = null;
            }
        }

        String uri() {
            return "tcp://" + HOST + ":" + port;
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
