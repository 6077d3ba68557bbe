package org.gridpatrol.mqtt.internal;

import java.lang.annotation.Annotation;

/** Configurations as Configuration Admin would hand them over. */
final class ConfigValues {

    private ConfigValues() {
    }

    record Mqtt(boolean enabled, String serverUri, String clientId, String username, String password,
            String topicPrefix) implements MqttConfig {

        static Mqtt of(String serverUri, String clientId) {
            return new Mqtt(true, serverUri, clientId, "", "", MqttConfig.DEFAULT_TOPIC_PREFIX);
        }

        @Override
        public String _password() {
            return password;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return MqttConfig.class;
        }
    }

    record Bridge(String[] event_topics, String[] qos0Topics) implements BridgeConfig {

        /** The defaults declared on {@link BridgeConfig}, read from the annotation itself. */
        static Bridge defaults() {
            return new Bridge((String[]) defaultOf("event_topics"), (String[]) defaultOf("qos0Topics"));
        }

        private static Object defaultOf(String attribute) {
            try {
                return BridgeConfig.class.getMethod(attribute).getDefaultValue();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return BridgeConfig.class;
        }
    }
}
