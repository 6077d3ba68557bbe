package org.gridpatrol.video.stream.internal.drone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.mqtt.api.MqttListener;
import org.gridpatrol.mqtt.api.MqttMessaging;
import org.gridpatrol.mqtt.api.Subscription;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.stream.internal.Cameras;
import org.gridpatrol.video.stream.internal.InMemoryCameraRegistry;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;
import org.junit.jupiter.api.Test;

class DroneTelemetryMqttBridgeTest {

    private static final String POSE = "{\"lon\":120.6,\"lat\":27.8,\"altitudeAboveGroundMetres\":80,\"headingDeg\":0,"
            + "\"gimbalPitchDeg\":-90,\"horizontalFovDeg\":70,\"verticalFovDeg\":45}";

    @Test
    void posesArriveOverMqttWhileConnectedAndBadOnesAreIgnored() {
        InMemoryCameraRegistry registry = new InMemoryCameraRegistry(new RecordingEventAdmin());
        registry.save(Cameras.camera("uav2", CameraType.DRONE, "udp://@:5601", "hog", 2, true, List.of(), List.of()));
        DronePoses poses = new DronePoses(registry, new LiveFrameHub());
        DroneTelemetryMqttBridge bridge = new DroneTelemetryMqttBridge(poses);
        LocalBroker broker = new LocalBroker();

        bridge.setMessaging(broker);
        assertThat(broker.listeners).containsOnlyKeys("gridpatrol/drones/+/telemetry");
        broker.deliver("gridpatrol/drones/uav2/telemetry", POSE.replace("-90", "20"));
        assertThat(poses.latest("uav2")).as("above the horizon: refused").isEmpty();
        broker.deliver("gridpatrol/drones/ghost/telemetry", POSE);
        broker.deliver("gridpatrol/drones/uav2/telemetry", POSE);
        assertThat(poses.latest("uav2")).hasValueSatisfying(pose -> assertThat(pose.altitudeAboveGroundMetres()).isEqualTo(80));

        bridge.unsetMessaging(broker);
        assertThat(broker.listeners).isEmpty();

        LocalBroker cityBroker = new LocalBroker("wenzhou/rui-an");
        bridge.setMessaging(cityBroker);
        assertThat(cityBroker.listeners).as("the configured prefix, as every subscriber uses it")
                .containsOnlyKeys("wenzhou/rui-an/drones/+/telemetry");
        cityBroker.deliver("wenzhou/rui-an/drones/uav2/telemetry", POSE.replace("80", "95"));
        assertThat(poses.latest("uav2")).hasValueSatisfying(pose -> assertThat(pose.altitudeAboveGroundMetres()).isEqualTo(95));
    }

    /** An in-process MqttMessaging matching the one filter the bridge uses. */
    private static final class LocalBroker implements MqttMessaging {

        final Map<String, MqttListener> listeners = new ConcurrentHashMap<>();
        private final String topicPrefix;

        LocalBroker(String topicPrefix) {
            this.topicPrefix = topicPrefix;
        }

        LocalBroker() {
            this("gridpatrol");
        }

        @Override
        public String topicPrefix() {
            return topicPrefix;
        }

        void deliver(String topic, String payload) {
            String[] levels = topic.split("/");
            listeners.forEach((filter, listener) -> {
                String[] wanted = filter.split("/");
                boolean matches = wanted.length == levels.length;
                for (int i = 0; matches && i < wanted.length; i++) {
                    matches = wanted[i].equals("+") || wanted[i].equals(levels[i]);
                }
                if (matches) {
                    listener.onMessage(topic, payload.getBytes(StandardCharsets.UTF_8));
                }
            });
        }

        @Override
        public boolean publish(String topic, byte[] payload, int qos, boolean retained) {
            deliver(topic, new String(payload, StandardCharsets.UTF_8));
            return true;
        }

        @Override
        public Subscription subscribe(String topicFilter, int qos, MqttListener listener) {
            listeners.put(topicFilter, listener);
            return () -> listeners.remove(topicFilter);
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }
}
