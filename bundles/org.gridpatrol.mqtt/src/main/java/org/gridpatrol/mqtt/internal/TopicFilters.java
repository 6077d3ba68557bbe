package org.gridpatrol.mqtt.internal;

/** MQTT topic and topic-filter rules (MQTT 5.0 section 4.7), checked before anything reaches the client. */
final class TopicFilters {

    private TopicFilters() {
    }

    /** A topic to publish to: non-empty, no wildcards, no NUL. */
    static void checkTopic(String topic) {
        if (topic == null || topic.isEmpty()) {
            throw new IllegalArgumentException("MQTT topic must not be empty");
        }
        if (topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0 || topic.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("MQTT topic '" + topic + "' must not contain '+', '#' or NUL");
        }
    }

    /** A filter to subscribe to: '+' only as a whole level, '#' only as the whole last level. */
    static void checkFilter(String filter) {
        if (filter == null || filter.isEmpty()) {
            throw new IllegalArgumentException("MQTT topic filter must not be empty");
        }
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            boolean wildcard = level.indexOf('+') >= 0 || level.indexOf('#') >= 0;
            boolean wholeLevel = level.equals("+") || (level.equals("#") && i == levels.length - 1);
            if ((wildcard && !wholeLevel) || level.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("MQTT topic filter '" + filter
                        + "': '+' must be a whole level and '#' the whole last level");
            }
        }
    }

    static void checkQos(int qos) {
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException("MQTT QoS must be 0, 1 or 2, got " + qos);
        }
    }

    /** Whether {@code topic} matches {@code filter}; wildcards at the first level do not match '$' topics. */
    static boolean matches(String filter, String topic) {
        if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) {
            return false;
        }
        String[] filterLevels = filter.split("/", -1);
        String[] topicLevels = topic.split("/", -1);
        for (int i = 0; i < filterLevels.length; i++) {
            if (filterLevels[i].equals("#")) {
                return true;
            }
            if (i >= topicLevels.length) {
                return false;
            }
            if (!filterLevels[i].equals("+") && !filterLevels[i].equals(topicLevels[i])) {
                return false;
            }
        }
        return filterLevels.length == topicLevels.length;
    }
}
