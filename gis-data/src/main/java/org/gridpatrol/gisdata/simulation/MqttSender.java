package org.gridpatrol.gisdata.simulation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * Publishes each report as JSON to {@code <topicPrefix>/positions/<deviceId>} with QoS 1. Accepted = the
 * broker acknowledged it; rejected = the platform answered on {@code <topicPrefix>/positions/<deviceId>/rejected}
 * (counted until {@link #finish()} returns, after a grace period for late answers).
 */
public final class MqttSender implements PositionSender {

    /** Settings; {@code username} null for an anonymous connection. */
    public record Settings(String brokerUri, String topicPrefix, int concurrency, String username, String password,
            Duration rejectionGrace) {

        public Settings {
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
            }
            if (topicPrefix.isBlank() || topicPrefix.contains("+") || topicPrefix.contains("#")) {
                throw new IllegalArgumentException("topicPrefix must be a plain topic, got '" + topicPrefix + "'");
            }
        }
    }

    private static final long TIMEOUT_MILLIS = 30_000;

    private final Settings settings;
    private final MqttAsyncClient client;
    private final Semaphore inFlight;
    private final SendRecorder recorder = new SendRecorder();

    public MqttSender(Settings settings) throws MqttException {
        this.settings = settings;
        this.inFlight = new Semaphore(settings.concurrency());
        this.client = new MqttAsyncClient(settings.brokerUri(), "gridpatrol-simulator-" + UUID.randomUUID(),
                new MemoryPersistence());
        client.setCallback(new RejectionCounter());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        if (settings.username() != null) {
            options.setUserName(settings.username());
            options.setPassword(settings.password() == null ? new byte[0]
                    : settings.password().getBytes(StandardCharsets.UTF_8));
        }
        client.connect(options).waitForCompletion(TIMEOUT_MILLIS);
        client.subscribe(settings.topicPrefix() + "/positions/+/rejected", 0).waitForCompletion(TIMEOUT_MILLIS);
    }

    public static String topic(String topicPrefix, PositionReport report) {
        return topicPrefix + "/positions/" + report.deviceId();
    }

    /** The JSON payload of one report, exactly as published (the contract's MQTT position object). */
    public static String payload(PositionReport report) {
        return String.format(Locale.ROOT, "{\"lat\":%.7f,\"lon\":%.7f,\"time\":\"%s\",\"crs\":\"wgs84\","
                + "\"speedKmh\":%.1f,\"bearingDeg\":%.1f,\"altitudeMetres\":%.1f,\"accuracyMetres\":%.1f,"
                + "\"batteryPercent\":%.1f}", report.lat(), report.lon(), report.time(), report.speedKmh(),
                report.bearingDeg(), report.altitudeMetres(), report.accuracyMetres(), report.batteryPercent());
    }

    @Override
    public void send(PositionReport report) throws InterruptedException {
        byte[] payload = payload(report).getBytes(StandardCharsets.UTF_8);
        inFlight.acquire();
        recorder.sent();
        long started = System.nanoTime();
        while (true) {
            try {
                client.publish(topic(settings.topicPrefix(), report), payload, 1, false, null, new MqttActionListener() {
                    @Override
                    public void onSuccess(IMqttToken token) {
                        // MQTT 5 acknowledges a refused publish too, with a reason code of 0x80 or more
                        int[] reasons = token.getReasonCodes();
                        if (reasons != null && Arrays.stream(reasons).anyMatch(reason -> reason >= 0x80)) {
                            recorder.rejected(System.nanoTime() - started);
                        } else {
                            recorder.accepted(System.nanoTime() - started);
                        }
                        inFlight.release();
                    }

                    @Override
                    public void onFailure(IMqttToken token, Throwable failure) {
                        recorder.error();
                        inFlight.release();
                    }
                });
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
                    recorder.error();
                    inFlight.release();
                    return;
                }
                // the broker's receive maximum is below our concurrency: wait for an acknowledgement
                Thread.sleep(2);
            }
        }
    }

    @Override
    public SendStats finish() throws InterruptedException {
        inFlight.acquire(settings.concurrency());
        inFlight.release(settings.concurrency());
        Thread.sleep(settings.rejectionGrace().toMillis());
        return recorder.stats();
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(TIMEOUT_MILLIS);
            }
            client.close();
        } catch (MqttException e) {
            // closing after a lost connection: nothing left to release
        }
    }

    private final class RejectionCounter implements MqttCallback {

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            if (topic.endsWith("/rejected")) {
                recorder.rejected();
            }
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }
}
