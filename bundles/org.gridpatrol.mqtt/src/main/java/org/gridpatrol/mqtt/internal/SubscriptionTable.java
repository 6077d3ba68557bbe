package org.gridpatrol.mqtt.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.mqtt.api.MqttListener;

/**
 * The listeners by topic filter. Each distinct filter is one broker subscription with its own MQTT 5
 * subscription identifier, so a message matching overlapping filters reaches each filter's listeners once
 * even when the broker sends one copy per subscription (Mosquitto 2 does). Thread-safe.
 */
final class SubscriptionTable {

    /** One listener's registration; identity matters, the same listener may be registered twice. */
    static final class Entry {
        final String filter;
        final int qos;
        final MqttListener listener;

        private Entry(String filter, int qos, MqttListener listener) {
            this.filter = filter;
            this.qos = qos;
            this.listener = listener;
        }
    }

    /** What the broker must know: a filter, the highest QoS its listeners asked for, its identifier. */
    record BrokerSubscription(String filter, int qos, int id) {
    }

    private final Map<String, List<Entry>> entriesByFilter = new LinkedHashMap<>();
    private final Map<String, Integer> idsByFilter = new LinkedHashMap<>();
    private int lastId;

    /** Adds a listener; returns the broker subscription to (re)send when the filter is new or its QoS rose. */
    synchronized Optional<BrokerSubscription> add(Entry entry) {
        List<Entry> entries = entriesByFilter.computeIfAbsent(entry.filter, filter -> new ArrayList<>());
        int qosBefore = maxQos(entries); // -1 when the filter is new
        entries.add(entry);
        if (entry.qos <= qosBefore) {
            return Optional.empty();
        }
        // MQTT 5 subscription identifiers run from 1 to 268,435,455; ours are never reused.
        int id = idsByFilter.computeIfAbsent(entry.filter, filter -> ++lastId);
        return Optional.of(new BrokerSubscription(entry.filter, entry.qos, id));
    }

    static Entry entry(String filter, int qos, MqttListener listener) {
        return new Entry(filter, qos, listener);
    }

    /** Removes a listener; returns the filter to unsubscribe at the broker when it was the last one. */
    synchronized Optional<String> remove(Entry entry) {
        List<Entry> entries = entriesByFilter.get(entry.filter);
        if (entries == null || !entries.removeIf(existing -> existing == entry)) {
            return Optional.empty();
        }
        if (!entries.isEmpty()) {
            return Optional.empty();
        }
        entriesByFilter.remove(entry.filter);
        idsByFilter.remove(entry.filter);
        return Optional.of(entry.filter);
    }

    synchronized List<BrokerSubscription> brokerSubscriptions() {
        List<BrokerSubscription> subscriptions = new ArrayList<>();
        entriesByFilter.forEach((filter, entries) ->
                subscriptions.add(new BrokerSubscription(filter, maxQos(entries), idsByFilter.get(filter))));
        return subscriptions;
    }

    /**
     * The listeners a message is for: those of the filters whose identifiers it carries, or, when it carries
     * none (broker without subscription identifiers), those of every filter matching its topic.
     */
    synchronized List<MqttListener> listenersFor(String topic, List<Integer> subscriptionIds) {
        List<MqttListener> listeners = new ArrayList<>();
        entriesByFilter.forEach((filter, entries) -> {
            boolean addressed = subscriptionIds.isEmpty()
                    ? TopicFilters.matches(filter, topic)
                    : subscriptionIds.contains(idsByFilter.get(filter));
            if (addressed) {
                entries.forEach(entry -> listeners.add(entry.listener));
            }
        });
        return listeners;
    }

    private static int maxQos(List<Entry> entries) {
        return entries.stream().mapToInt(entry -> entry.qos).max().orElse(-1);
    }
}
