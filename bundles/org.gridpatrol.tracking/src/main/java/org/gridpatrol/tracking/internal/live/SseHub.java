package org.gridpatrol.tracking.internal.live;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connected clients and the fan-out to them. Publishing only queues into each client's bounded buffer,
 * so a slow or stalled client costs the publisher (EventAdmin's thread) nothing: it is disconnected instead.
 */
final class SseHub {

    private static final Logger LOG = LoggerFactory.getLogger(SseHub.class);

    private final int clientBuffer;
    private final int maxClients;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong slowDisconnects = new AtomicLong();
    private volatile boolean closed;

    SseHub(int clientBuffer, int maxClients) {
        this.clientBuffer = clientBuffer;
        this.maxClients = maxClients;
    }

    /** A new client on {@code channel}, already sent the reconnect delay; empty when full or closed. */
    synchronized Optional<SseClient> connect(SseChannel channel, boolean blocking) {
        if (closed || clients.size() >= maxClients) {
            return Optional.empty();
        }
        SseClient client = new SseClient(channel, clientBuffer, blocking, this::closed);
        clients.add(client);
        client.send(SseMessages.RETRY);
        return Optional.of(client);
    }

    boolean isFull() {
        return clients.size() >= maxClients;
    }

    void publish(String message) {
        for (SseClient client : clients) {
            client.send(message);
        }
    }

    int clientCount() {
        return clients.size();
    }

    /** Clients disconnected because they fell a whole buffer behind, since start. */
    long slowDisconnects() {
        return slowDisconnects.get();
    }

    /** Ends every stream; no client can connect afterwards. */
    void closeAll() {
        List<SseClient> all;
        synchronized (this) {
            closed = true;
            all = List.copyOf(clients);
        }
        all.forEach(client -> client.close("live events stopped"));
    }

    private void closed(SseClient client, String reason) {
        clients.remove(client);
        if (reason.startsWith("too slow")) {
            long count = slowDisconnects.incrementAndGet();
            LOG.info("Live events client disconnected, {} ({} such since start)", reason, count);
        }
    }
}
