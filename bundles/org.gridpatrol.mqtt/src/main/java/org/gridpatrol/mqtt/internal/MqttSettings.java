package org.gridpatrol.mqtt.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/** The validated {@link MqttConfig}: what the client cannot use is refused here, naming the key. */
record MqttSettings(boolean enabled, String serverUri, String clientId, String username, String password,
        String topicPrefix) {

    private static final Set<String> SCHEMES = Set.of("tcp", "ssl", "ws", "wss");

    /** @throws IllegalArgumentException naming the offending key and value */
    static MqttSettings from(MqttConfig config, Supplier<String> hostname) {
        String serverUri = trim(config.serverUri());
        checkServerUri(serverUri);
        String clientId = trim(config.clientId());
        if (clientId.isEmpty()) {
            clientId = "gridpatrol-" + hostname.get().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        }
        return new MqttSettings(config.enabled(), serverUri, clientId, trim(config.username()),
                config._password() == null ? "" : config._password(), topicPrefix(config.topicPrefix()));
    }

    /** The configured prefix without trailing '/'; refused when empty or holding wildcards. */
    static String topicPrefix(String configured) {
        String topicPrefix = trim(configured);
        while (topicPrefix.endsWith("/")) {
            topicPrefix = topicPrefix.substring(0, topicPrefix.length() - 1);
        }
        if (topicPrefix.isEmpty() || topicPrefix.startsWith("/") || topicPrefix.contains("+")
                || topicPrefix.contains("#")) {
            throw new IllegalArgumentException("topicPrefix '" + configured
                    + "' must be a non-empty topic without wildcards (+, #) or a leading '/', e.g. gridpatrol");
        }
        return topicPrefix;
    }

    private static void checkServerUri(String serverUri) {
        try {
            URI uri = new URI(serverUri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!SCHEMES.contains(scheme) || uri.getHost() == null) {
                throw new IllegalArgumentException("serverUri '" + serverUri
                        + "' must be tcp://host:port, ssl://host:port, ws://host:port/path or wss://host:port/path");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("serverUri '" + serverUri + "' is not a URI: " + e.getMessage(), e);
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public String toString() {
        return "MqttSettings[enabled=" + enabled + ", serverUri=" + serverUri + ", clientId=" + clientId
                + ", username=" + username + ", topicPrefix=" + topicPrefix + "]";
    }
}
