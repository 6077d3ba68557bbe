package org.gridpatrol.tracking.internal.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gridpatrol.mqtt.api.MqttMessaging;
import org.gridpatrol.mqtt.api.Subscription;
import org.gridpatrol.tracking.api.IngestResult;
import org.gridpatrol.tracking.api.Positions;
import org.gridpatrol.tracking.internal.positions.IngestCounters;
import org.gridpatrol.tracking.internal.positions.JsonReportBatch;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Position reports over MQTT: topic {@code <topicPrefix>/positions/<deviceId>}, payload one JSON report or
 * an array of them (fields as in {@code POST /api/v1/positions}, without {@code deviceId}). Refused reports
 * are answered on {@code <topicPrefix>/positions/<deviceId>/rejected} with
 * {@code {"accepted":n,"rejected":[{"index","deviceId","field","reason"}]}}.
 *
 * <p>Each message is ingested on the MQTT client's callback thread, so the broker gets its QoS 1
 * acknowledgement only after the reports are committed; the price is that messages are stored one after
 * another rather than side by side.
 */
@Component(immediate = true)
public final class MqttPositionListener {

    static final String CHANNEL = "mqtt";
    /** The messaging service's property with the topic prefix (see the mqtt bundle's EventBridge). */
    private static final Logger LOG = LoggerFactory.getLogger(MqttPositionListener.class);

    private final MqttMessaging messaging;
    private final Positions positions;
    private final IngestCounters counters;
    private final String topicPrefix;
    private final Subscription subscription;
    private final ObjectMapper mapper = new ObjectMapper();

    @Activate
    public MqttPositionListener(@Reference MqttMessaging messaging, @Reference Positions positions,
            @Reference IngestCounters counters) {
        this(messaging, messaging.topicPrefix(), positions, counters);
    }

    MqttPositionListener(MqttMessaging messaging, String topicPrefix, Positions positions, IngestCounters counters) {
        this.messaging = messaging;
        this.positions = positions;
        this.counters = counters;
        this.topicPrefix = topicPrefix + "/positions/";
        this.subscription = messaging.subscribe(this.topicPrefix + "+", 1, this::onMessage);
        LOG.info("Receiving positions over MQTT on {}+", this.topicPrefix);
    }

    void onMessage(String topic, byte[] payload) {
        String deviceId = topic.substring(topicPrefix.length());
        IngestResult result;
        try {
            result = ingest(deviceId, mapper.readTree(payload));
        } catch (IOException unreadable) {
            counters.countRefused(CHANNEL, 1);
            result = refused(deviceId, "payload", "is not JSON: " + unreadable.getMessage().lines().findFirst().orElse(""));
        }
        if (!result.rejections().isEmpty()) {
            LOG.debug("MQTT positions of {}: {} accepted, {} refused", deviceId, result.accepted(),
                    result.rejections().size());
            publishRejections(topic, result);
        }
    }

    private IngestResult ingest(String deviceId, JsonNode tree) {
        JsonReportBatch batch = new JsonReportBatch();
        if (tree != null && tree.isArray()) {
            for (int i = 0; i < tree.size(); i++) {
                batch.add(i, tree.get(i), deviceId);
            }
        } else if (tree != null && tree.isObject()) {
            batch.add(0, tree, deviceId);
        } else {
            counters.countRefused(CHANNEL, 1);
            return refused(deviceId, "payload", "must be a JSON object or an array of them");
        }
        try {
            return batch.ingest(positions, counters, CHANNEL);
        } catch (IllegalArgumentException tooMany) {
            counters.countRefused(CHANNEL, batch.size());
            return refused(deviceId, "payload", tooMany.getMessage());
        }
    }

    private static IngestResult refused(String deviceId, String field, String reason) {
        return new IngestResult(0, List.of(new IngestResult.Rejection(0, deviceId, field, reason)));
    }

    private void publishRejections(String topic, IngestResult result) {
        try {
            byte[] json = mapper.writeValueAsBytes(Map.of("accepted", result.accepted(), "rejected", result.rejections()));
            messaging.publish(topic + "/rejected", json, 1, false);
        } catch (JsonProcessingException | RuntimeException failed) {
            LOG.warn("Rejections for {} not published", topic, failed);
        }
    }

    @Deactivate
    void close() {
        subscription.close();
    }
}
