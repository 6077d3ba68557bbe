package org.gridpatrol.video.stream.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/** A small EventAdmin: keeps every event and delivers it to handlers subscribed to its exact topic. */
public final class RecordingEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Map<String, List<EventHandler>> handlers = new ConcurrentHashMap<>();

    public void subscribe(String topic, EventHandler handler) {
        handlers.computeIfAbsent(topic, any -> new CopyOnWriteArrayList<>()).add(handler);
    }

    @Override
    public void postEvent(Event event) {
        sendEvent(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
        handlers.getOrDefault(event.getTopic(), List.of()).forEach(handler -> handler.handleEvent(event));
    }

    public List<Event> events(String topic) {
        return events.stream().filter(event -> event.getTopic().equals(topic)).toList();
    }

    public List<Event> events(String topic, String camera) {
        return events(topic).stream().filter(event -> camera.equals(event.getProperty("camera"))).toList();
    }
}
