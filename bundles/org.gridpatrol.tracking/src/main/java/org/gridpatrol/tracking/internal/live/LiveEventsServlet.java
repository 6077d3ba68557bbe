package org.gridpatrol.tracking.internal.live;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.AsyncContext;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /live/events}: the console's Server-Sent Events stream of fence transitions, unit changes,
 * checkpoint staffing and health codes (see {@link SseMessages}), with a keepalive comment every
 * {@code keepaliveSeconds}. Registered on the HTTP Whiteboard behind the web bundle's login filter (which
 * covers {@code /*}). Asynchronous: a connected client holds no thread, as long as every filter in front of
 * the servlet supports async; otherwise each client is served by its request thread.
 */
@Component(service = {Servlet.class, EventHandler.class}, configurationPid = LiveEventsConfig.PID, immediate = true,
        property = {
            "osgi.http.whiteboard.servlet.pattern=" + LiveEventsServlet.PATH,
            "osgi.http.whiteboard.servlet.name=gridpatrol-live-events",
            "osgi.http.whiteboard.servlet.asyncSupported=true",
            EventConstants.EVENT_TOPIC + "=" + SseMessages.FENCE,
            EventConstants.EVENT_TOPIC + "=" + SseMessages.UNITS_CHANGED,
            EventConstants.EVENT_TOPIC + "=" + SseMessages.UNSTAFFED,
            EventConstants.EVENT_TOPIC + "=" + SseMessages.STAFFED,
            EventConstants.EVENT_TOPIC + "=" + SseMessages.HEALTH_CODE
        })
@Designate(ocd = LiveEventsConfig.class)
public final class LiveEventsServlet extends HttpServlet implements EventHandler {

    static final String PATH = "/live/events";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LiveEventsServlet.class);

    private final transient SseHub hub;
    private final transient SseMessages messages = new SseMessages();
    private final transient ScheduledExecutorService keepalive = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gridpatrol-live-keepalive");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean warnedBlocking = new AtomicBoolean();

    @Activate
    public LiveEventsServlet(LiveEventsConfig config) {
        this.hub = new SseHub(within("clientBufferMessages", config.clientBufferMessages(), 1, 100_000),
                within("maxClients", config.maxClients(), 1, 10_000));
        int seconds = within("keepaliveSeconds", config.keepaliveSeconds(), 1, 300);
        keepalive.scheduleAtFixedRate(() -> hub.publish(SseMessages.KEEPALIVE), seconds, seconds, TimeUnit.SECONDS);
    }

    private static int within(String key, int value, int min, int max) {
        if (value < min || value > max) {
            String message = key + " must be from " + min + " to " + max + ", was " + value;
            LOG.error("Live events not started: configuration {} is invalid: {}", LiveEventsConfig.PID, message);
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    @Deactivate
    void deactivate() {
        keepalive.shutdownNow();
        hub.closeAll();
    }

    @Override
    public void handleEvent(Event event) {
        messages.message(event).ifPresent(hub::publish);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (hub.isFull()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "too many live event clients");
            return;
        }
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // Tells nginx-like proxies not to buffer the stream.
        response.setHeader("X-Accel-Buffering", "no");
        if (request.isAsyncSupported()) {
            streamAsync(request, response);
        } else {
            streamBlocking(response);
        }
    }

    private void streamAsync(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        AsyncServletChannel channel = new AsyncServletChannel(async, response.getOutputStream());
        Optional<SseClient> client = hub.connect(channel, false);
        if (client.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            async.complete();
            return;
        }
        channel.start(client.get());
    }

    private void streamBlocking(HttpServletResponse response) throws IOException {
        if (warnedBlocking.compareAndSet(false, true)) {
            LOG.warn("{} runs without async support (a filter in front of it does not declare "
                    + "osgi.http.whiteboard.filter.asyncSupported=true): each live client holds a thread", PATH);
        }
        response.flushBuffer();
        Optional<SseClient> client = hub.connect(new BlockingServletChannel(response.getOutputStream()), true);
        if (client.isEmpty()) {
            return;
        }
        try {
            client.get().pump();
        } catch (InterruptedException stopping) {
            client.get().close("server stopping");
            Thread.currentThread().interrupt();
        }
    }

    /** For tests: the fan-out behind the servlet. */
    SseHub hub() {
        return hub;
    }
}
