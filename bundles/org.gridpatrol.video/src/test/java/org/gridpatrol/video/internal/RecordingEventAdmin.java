package org.gridpatrol.video.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/** Keeps posted events and hands them to subscribed handlers at once, as EventAdmin would later. */
final class RecordingEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<EventHandler> handlers = new CopyOnWriteArrayList<>();

    void subscribe(EventHandler handler) {
        handlers.add(handler);
    }

    void clear() {
        events.clear();
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    @Override
    public void postEvent(Event event) {
        events.add(event);
        handlers.forEach(handler -> handler.handleEvent(event));
    }

    @Override
    public void sendEvent(Event event) {
        postEvent(event);
    }
}
