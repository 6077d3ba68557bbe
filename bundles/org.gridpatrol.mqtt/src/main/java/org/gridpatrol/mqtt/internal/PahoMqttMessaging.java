package org.gridpatrol.mqtt.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.gridpatrol.mqtt.api.MqttListener;
import org.gridpatrol.mqtt.api.MqttMessaging;
import org.gridpatrol.mqtt.api.Subscription;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MqttMessaging} over one Eclipse Paho MQTT v5 client.
 *
 * <p>Connects in the background and keeps retrying with backoff (1 s doubling to 60 s), so activation
 * neither blocks nor fails while the broker is down. Subscriptions are remembered here and sent again after
 * every (re)connection. Publishing while disconnected drops the message and counts it; the count is logged
 * at most once a minute.
 *
 * <p>Listeners are called on Paho's single callback thread, one message at a time, in arrival order: a
 * slow listener delays every other subscription and the acknowledgement of QoS 1/2 messages, so hand long
 * work to another thread. A listener's exception is logged and does not affect the others.
 */
// Immediate: the connection (and its warnings) should start with the bundle, not with the first user.
@Component(service = MqttMessaging.class, configurationPid = MqttConfig.PID, immediate = true)
@Designate(ocd = MqttConfig.class)
public final class PahoMqttMessaging implements MqttMessaging {

    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(60);
    private static final long REPORT_INTERVAL_SECONDS = 60;

    private static final Logger LOG = LoggerFactory.getLogger(PahoMqttMessaging.class);

    private final MqttSettings settings;
    private final SubscriptionTable subscriptions = new SubscriptionTable();
    private final AtomicLong droppedSinceReport = new AtomicLong();
    private final AtomicLong droppedTotal = new AtomicLong();
    private final ScheduledExecutorService scheduler;
    private final BrokerConnection connection;
    private final AtomicBoolean closed = new AtomicBoolean();

    @Activate
    public PahoMqttMessaging(MqttConfig config) {
        this(settings(config), new Backoff(FIRST_RETRY, MAX_RETRY));
    }

    /** @param settings when disabled, nothing connects and every message is dropped */
    PahoMqttMessaging(MqttSettings settings, Backoff backoff) {
        this.settings = settings;
        if (!settings.enabled()) {
            this.scheduler = null;
            this.connection = null;
            LOG.info("MQTT disabled ({} enabled=false): messages are dropped", MqttConfig.PID);
            return;
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gridpatrol-mqtt");
            thread.setDaemon(true);
            return thread;
        });
        try {
            this.connection = new BrokerConnection(settings, backoff, scheduler, this::resubscribe, this::dispatch);
        } catch (IllegalArgumentException e) {
            scheduler.shutdownNow();
            LOG.error("MQTT not started: configuration {} is invalid: {}", MqttConfig.PID, e.getMessage());
            throw e;
        }
        scheduler.scheduleAtFixedRate(this::reportDrops, REPORT_INTERVAL_SECONDS, REPORT_INTERVAL_SECONDS,
                TimeUnit.SECONDS);
        connection.start();
        LOG.info("MQTT connecting to {} as {} in the background", settings.serverUri(), settings.clientId());
    }

    private static MqttSettings settings(MqttConfig config) {
        try {
            return MqttSettings.from(config, PahoMqttMessaging::hostAndProcess);
        } catch (IllegalArgumentException e) {
            LOG.error("MQTT not started: configuration {} is invalid: {}", MqttConfig.PID, e.getMessage());
            throw e;
        }
    }

    /**
     * Host name and process id: a broker drops the older of two clients with the same id, so two platforms on
     * one host (tests, a second instance) must not share one. Sessions are clean, so nothing hangs on the id.
     */
    private static String hostAndProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    @Override
    public String topicPrefix() {
        return settings.topicPrefix();
    }

    @Override
    public boolean publish(String topic, byte[] payload, int qos, boolean retained) {
        TopicFilters.checkTopic(topic);
        TopicFilters.checkQos(qos);
        Objects.requireNonNull(payload, "payload");
        if (!isConnected()) {
            return dropped(topic, "not connected");
        }
        try {
            // A copy: Paho sends later, on its own thread, and the caller may reuse its array.
            connection.publish(topic, payload.clone(), qos, retained);
            return true;
        } catch (MqttException e) {
            return dropped(topic, e.getMessage());
        }
    }

    private boolean dropped(String topic, String reason) {
        droppedSinceReport.incrementAndGet();
        droppedTotal.incrementAndGet();
        LOG.debug("MQTT message to {} dropped: {}", topic, reason);
        return false;
    }

    @Override
    public Subscription subscribe(String topicFilter, int qos, MqttListener listener) {
        TopicFilters.checkFilter(topicFilter);
        TopicFilters.checkQos(qos);
        Objects.requireNonNull(listener, "listener");
        SubscriptionTable.Entry entry = SubscriptionTable.entry(topicFilter, qos, listener);
        subscriptions.add(entry).ifPresent(subscription -> {
            if (connection != null) {
                connection.subscribe(subscription);
            }
        });
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                subscriptions.remove(entry).ifPresent(filter -> {
                    if (connection != null) {
                        connection.unsubscribe(filter);
                    }
                });
            }
        };
    }

    @Override
    public boolean isConnected() {
        return connection != null && connection.isConnected();
    }

    /** Messages dropped since activation; for tests and diagnostics. */
    long droppedMessages() {
        return droppedTotal.get();
    }

    private void resubscribe() {
        subscriptions.brokerSubscriptions().forEach(connection::subscribe);
    }

    private void dispatch(String topic, MqttMessage message) {
        List<MqttListener> listeners = subscriptions.listenersFor(topic,
                message.getProperties().getSubscriptionIdentifiers());
        byte[] payload = message.getPayload();
        for (int i = 0; i < listeners.size(); i++) {
            // Each listener gets an array of its own: one may keep or change what another reads.
            byte[] own = i == 0 ? payload : payload.clone();
            try {
                listeners.get(i).onMessage(topic, own);
            } catch (RuntimeException e) {
                LOG.warn("MQTT listener for {} failed on a message", topic, e);
            }
        }
    }

    private void reportDrops() {
        long dropped = droppedSinceReport.getAndSet(0);
        if (dropped > 0) {
            LOG.warn("MQTT dropped {} message(s) in the last minute ({} since start): {}", dropped,
                    droppedTotal.get(), isConnected() ? "the client refused them" : "not connected to "
                            + settings.serverUri());
        }
    }

    @Deactivate
    void close() {
        if (connection == null || !closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        connection.close();
        LOG.info("MQTT connection to {} closed", settings.serverUri());
    }
}
