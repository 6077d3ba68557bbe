package org.gridpatrol.mqtt.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.gridpatrol.mqtt.internal.SubscriptionTable.BrokerSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Paho client kept connected: connects in the background, and after a failed attempt or a lost
 * connection tries again after {@link Backoff} delays on the given scheduler. Sessions start clean, so the
 * owner re-sends its subscriptions from {@code onConnected}. Paho calls back on its own threads.
 */
final class BrokerConnection {

    private static final int CONNECTION_TIMEOUT_SECONDS = 10;
    private static final int KEEP_ALIVE_SECONDS = 30;
    private static final int SUBACK_FAILURE = 0x80;
    private static final long QUIESCE_MILLIS = 500;
    private static final long DISCONNECT_TIMEOUT_MILLIS = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(BrokerConnection.class);

    private final MqttSettings settings;
    private final Backoff backoff;
    private final ScheduledExecutorService scheduler;
    private final Runnable onConnected;
    private final BiConsumer<String, MqttMessage> onMessage;
    private final TrackingSocketFactory sockets = new TrackingSocketFactory();
    private final MqttAsyncClient client;
    /** Set while the broker is unreachable, so an outage is warned about once, not at every retry. */
    private final AtomicBoolean outage = new AtomicBoolean();
    private volatile boolean subscriptionIdsAvailable = true;
    private volatile boolean closed;

    /** @throws IllegalArgumentException when Paho refuses the server URI or client id */
    BrokerConnection(MqttSettings settings, Backoff backoff, ScheduledExecutorService scheduler,
            Runnable onConnected, BiConsumer<String, MqttMessage> onMessage) {
        this.settings = settings;
        this.backoff = backoff;
        this.scheduler = scheduler;
        this.onConnected = onConnected;
        this.onMessage = onMessage;
        try {
            // No persistence argument: Paho then keeps in-flight messages in memory, not in files in the working dir.
            this.client = new MqttAsyncClient(settings.serverUri(), settings.clientId(), null);
        } catch (MqttException | IllegalArgumentException e) {
            throw new IllegalArgumentException("serverUri '" + settings.serverUri() + "' / clientId '"
                    + settings.clientId() + "' refused by the MQTT client: " + e.getMessage(), e);
        }
        client.setCallback(new ClientCallback());
    }

    void start() {
        scheduler.execute(this::connect);
    }

    boolean isConnected() {
        return client.isConnected();
    }

    /** Hands a message to Paho, which sends it on its own thread. */
    void publish(String topic, byte[] payload, int qos, boolean retained) throws MqttException {
        client.publish(topic, payload, qos, retained);
    }

    void subscribe(BrokerSubscription subscription) {
        if (!isConnected()) {
            return; // sent when the connection is (re)established
        }
        MqttProperties properties = new MqttProperties();
        if (subscriptionIdsAvailable) {
            properties.setSubscriptionIdentifier(subscription.id());
        }
        MqttSubscription[] request = {new MqttSubscription(subscription.filter(), subscription.qos())};
        try {
            client.subscribe(request, null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    int[] codes = token.getReasonCodes();
                    if (codes != null && codes.length > 0 && codes[0] >= SUBACK_FAILURE) {
                        LOG.warn("MQTT broker {} refused the subscription to {}: reason code 0x{}",
                                settings.serverUri(), subscription.filter(), Integer.toHexString(codes[0]));
                    }
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    LOG.debug("MQTT subscribing to {} failed, retried at the next connection: {}",
                            subscription.filter(), cause == null ? "" : cause.getMessage());
                }
            }, properties);
        } catch (MqttException e) {
            LOG.debug("MQTT subscribing to {} deferred to the next connection: {}", subscription.filter(),
                    e.getMessage());
        }
    }

    void unsubscribe(String filter) {
        if (!isConnected()) {
            return; // a clean session forgets it anyway
        }
        try {
            client.unsubscribe(filter);
        } catch (MqttException e) {
            LOG.debug("MQTT unsubscribing from {} failed: {}", filter, e.getMessage());
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            client.connect(connectionOptions(), null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    connected(token);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable cause) {
                    retryLater(cause);
                }
            });
        } catch (MqttException e) {
            if (e.getReasonCode() != MqttClientException.REASON_CODE_CLIENT_CONNECTED) {
                retryLater(e);
            }
        }
    }

    private MqttConnectionOptions connectionOptions() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        options.setSessionExpiryInterval(0L);
        // Paho retries only connections that were lost, not a first attempt that failed: we retry both ourselves.
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(CONNECTION_TIMEOUT_SECONDS);
        options.setKeepAliveInterval(KEEP_ALIVE_SECONDS);
        String scheme = settings.serverUri().substring(0, settings.serverUri().indexOf(':')).toLowerCase(Locale.ROOT);
        if (scheme.equals("tcp") || scheme.equals("ws")) {
            options.setSocketFactory(sockets); // ssl and wss need an SSLSocketFactory: Paho's default then
        }
        if (!settings.username().isEmpty()) {
            options.setUserName(settings.username());
        }
        if (!settings.password().isEmpty()) {
            options.setPassword(settings.password().getBytes(StandardCharsets.UTF_8));
        }
        return options;
    }

    private void connected(IMqttToken token) {
        backoff.reset();
        outage.set(false);
        MqttProperties connAck = token.getResponseProperties();
        subscriptionIdsAvailable = connAck == null || connAck.isSubscriptionIdentifiersAvailable();
        LOG.info("MQTT connected to {} as {}", settings.serverUri(), settings.clientId());
        onConnected.run();
    }

    private void retryLater(Throwable cause) {
        if (closed) {
            return;
        }
        Duration delay = backoff.next();
        String reason = cause == null ? "unknown reason" : cause.getMessage();
        if (outage.compareAndSet(false, true)) {
            LOG.warn("MQTT broker {} not reachable ({}); retrying in the background, next in {} ms",
                    settings.serverUri(), reason, delay.toMillis());
        } else {
            LOG.debug("MQTT broker {} still not reachable ({}); next try in {} ms", settings.serverUri(), reason,
                    delay.toMillis());
        }
        try {
            scheduler.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("MQTT reconnect not scheduled: closing");
        }
    }

    /** Disconnects, ends a connection attempt in progress and releases the client; idempotent. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (client.isConnected()) {
            try {
                // A regular DISCONNECT: QoS 1/2 messages still in flight get a moment to complete.
                client.disconnect(QUIESCE_MILLIS).waitForCompletion(DISCONNECT_TIMEOUT_MILLIS);
            } catch (MqttException e) {
                LOG.debug("MQTT disconnect: {}", e.getMessage());
            }
        }
        try {
            // Ends a connection attempt in progress, or a disconnect that did not finish; no-op otherwise.
            client.disconnectForcibly(0, 0, false);
        } catch (MqttException e) {
            LOG.debug("MQTT forced disconnect: {}", e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("MQTT close: {}", e.getMessage());
        }
        sockets.closeAll();
    }

    /** Paho's notifications; called on Paho's threads. */
    private final class ClientCallback implements MqttCallback {

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            if (closed) {
                return;
            }
            MqttException cause = response.getException();
            String reason = cause != null ? cause.getMessage()
                    : "broker sent DISCONNECT, reason code 0x" + Integer.toHexString(response.getReturnCode())
                            + (response.getReasonString() == null ? "" : " " + response.getReasonString());
            LOG.warn("MQTT connection to {} lost ({}); reconnecting in the background", settings.serverUri(),
                    reason);
            outage.set(true);
            retryLater(cause);
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            LOG.warn("MQTT client error: {}", exception.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            onMessage.accept(topic, message);
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // Nothing waits for deliveries: MQTT carries live data here, not records of truth.
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            // Handled by the connect action's listener, which also sees the CONNACK properties.
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            // No enhanced authentication configured.
        }
    }
}
