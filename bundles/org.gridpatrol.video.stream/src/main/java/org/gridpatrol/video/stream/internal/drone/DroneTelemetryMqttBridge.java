package org.gridpatrol.video.stream.internal.drone;

import org.gridpatrol.mqtt.api.MqttMessaging;
import org.gridpatrol.mqtt.api.Subscription;
import org.gridpatrol.video.api.VideoInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drone poses from MQTT topic {@code <topicPrefix>/drones/{code}/telemetry} (same JSON as the HTTP
 * endpoint), when an MQTT connection is configured; everything else works without one.
 */
@Component(service = {})
public final class DroneTelemetryMqttBridge {

    static final String TOPIC_FILTER = "/drones/+/telemetry";
    private static final Logger LOG = LoggerFactory.getLogger(DroneTelemetryMqttBridge.class);

    private final DronePoses poses;
    private Subscription subscription;
    private MqttMessaging messaging;

    @Activate
    public DroneTelemetryMqttBridge(@Reference DronePoses poses) {
        this.poses = poses;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public synchronized void setMessaging(MqttMessaging newMessaging) {
        closeSubscription();
        messaging = newMessaging;
        subscription = newMessaging.subscribe(newMessaging.topicPrefix() + TOPIC_FILTER, 0, this::onMessage);
    }

    public synchronized void unsetMessaging(MqttMessaging gone) {
        if (messaging == gone) {
            closeSubscription();
            messaging = null;
        }
    }

    @Deactivate
    public synchronized void deactivate() {
        closeSubscription();
    }

    void onMessage(String topic, byte[] payload) {
        // <prefix (one or more levels)>/drones/<code>/telemetry
        String[] levels = topic.split("/");
        int code = levels.length - 2;
        if (code < 2 || !levels[code - 1].equals("drones") || levels[code].isBlank()) {
            LOG.debug("Ignoring MQTT message on {}", topic);
            return;
        }
        try {
            poses.accept(levels[code], payload);
        } catch (VideoInputException invalid) {
            LOG.warn("Drone telemetry on {} refused: {} {}", topic, invalid.field(), invalid.getMessage());
        } catch (DronePoses.UnknownCameraException unknown) {
            LOG.warn("Drone telemetry on {} refused: {}", topic, unknown.getMessage());
        }
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
