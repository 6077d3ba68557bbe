package org.gridpatrol.tracking.internal.mqtt;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;

/** The real Mosquitto at 127.0.0.1:1883 and its command-line publisher, as the mqtt bundle's tests use them. */
final class SharedBroker {

    static final String HOST = "127.0.0.1";
    static final int PORT = 1883;
    static final String URI = "tcp://" + HOST + ":" + PORT;
    static final String MOSQUITTO_PUB = "/usr/bin/mosquitto_pub";
    static final String REQUIRE_VARIABLE = "GRIDPATROL_REQUIRE_SERVICES";
    /** Generous: waiting is for a state, never a speed check. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private SharedBroker() {
    }

    /** Skips the calling test with the reason printed, or fails it when services are required. */
    static void assumeReachable() {
        if (accepts()) {
            return;
        }
        String reason = "no MQTT broker at " + HOST + ":" + PORT;
        if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
            fail(REQUIRE_VARIABLE + "=true but " + reason);
        }
        System.err.println("MQTT position tests skipped: " + reason);
        Assumptions.abort("MQTT position tests skipped: " + reason);
    }

    static void assumeMosquittoPub() {
        if (!Files.isExecutable(Path.of(MOSQUITTO_PUB))) {
            String reason = MOSQUITTO_PUB + " is not installed (Debian package mosquitto-clients)";
            if ("true".equalsIgnoreCase(System.getenv(REQUIRE_VARIABLE))) {
                fail(REQUIRE_VARIABLE + "=true but " + reason);
            }
            System.err.println("mosquitto_pub test skipped: " + reason);
            Assumptions.abort(reason);
        }
    }

    private static boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2000);
            return true;
        } catch (IOException unreachable) {
            return false;
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

    /** {@code mosquitto_pub}, MQTT v5, QoS 1: one message. */
    static void mosquittoPub(String topic, String message) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(MOSQUITTO_PUB, "-h", HOST, "-p", String.valueOf(PORT), "-V", "mqttv5",
                "-q", "1", "-t", topic, "-m", message).redirectErrorStream(true).start();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("mosquitto_pub did not finish");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("mosquitto_pub failed (" + process.exitValue() + "): " + output);
        }
    }
}
