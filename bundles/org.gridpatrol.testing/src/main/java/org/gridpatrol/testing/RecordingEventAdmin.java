package org.gridpatrol.testing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/**
 * Keeps every posted or sent event and hands it at once, in the caller's thread, to the handlers subscribed to all
 * topics and to those subscribed to its exact topic.
 */
public final class RecordingEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<EventHandler> everyTopicHandlers = new CopyOnWriteArrayList<>();
    private final Map<String, List<EventHandler>> topicHandlers = new ConcurrentHashMap<>();

    /** Delivers every event to {@code handler}, whatever its topic. */
    public void subscribe(EventHandler handler) {
        everyTopicHandlers.add(handler);
    }

    /** Delivers the events of exactly {@code topic} to {@code handler}. */
    public void subscribe(String topic, EventHandler handler) {
        topicHandlers.computeIfAbsent(topic, any -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Forgets the events recorded so far; subscriptions stay. */
    public void clear() {
        events.clear();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> events(String topic) {
        return events.stream().filter(event -> event.getTopic().equals(topic)).toList();
    }

    /** The events of {@code topic} whose {@code camera} property is {@code camera}. */
    public List<Event> cameraEvents(String topic, String camera) {
        return events(topic).stream().filter(event -> camera.equals(event.getProperty("camera"))).toList();
    }

    @Override
    public void postEvent(Event event) {
        events.add(event);
        everyTopicHandlers.forEach(handler -> handler.handleEvent(event));
        topicHandlers.getOrDefault(event.getTopic(), List.of()).forEach(handler -> handler.handleEvent(event));
    }

    @Override
    public void sendEvent(Event event) {
        postEvent(event);
    }
}
