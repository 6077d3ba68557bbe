package org.gridpatrol.tracking.internal.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected client: a bounded buffer of messages in front of its channel. Sending never waits: on a
 * non-blocking channel messages are written as far as the channel takes them and the rest when it calls
 * {@link #drain()} again; on a blocking channel the request's own thread writes them ({@link #pump()}). A
 * client whose buffer is full is too slow and is disconnected.
 */
final class SseClient {

    private static final Logger LOG = LoggerFactory.getLogger(SseClient.class);

    /** Told once when a client closes, with the reason. */
    interface Closing {
        void closed(SseClient client, String reason);
    }

    private final SseChannel channel;
    private final int capacity;
    private final boolean blocking;
    private final Closing closing;
    private final Deque<byte[]> pending = new ArrayDeque<>(); // guarded by this
    private boolean unflushed; // guarded by this
    private boolean closed; // guarded by this

    SseClient(SseChannel channel, int capacity, boolean blocking, Closing closing) {
        this.channel = channel;
        this.capacity = capacity;
        this.blocking = blocking;
        this.closing = closing;
    }

    /** Queues a message; false when the client is closed, or is closed now because its buffer is full. */
    synchronized boolean send(String message) {
        if (closed) {
            return false;
        }
        if (pending.size() >= capacity) {
            close("too slow: " + capacity + " messages waiting");
            return false;
        }
        pending.add(message.getBytes(StandardCharsets.UTF_8));
        if (blocking) {
            notifyAll();
        } else {
            drain();
        }
        return !closed;
    }

    /** Non-blocking channels: writes what the channel takes now; called again when it can take more. */
    synchronized void drain() {
        if (closed || blocking) {
            return;
        }
        try {
            while (!pending.isEmpty() && channel.isReady()) {
                channel.write(pending.poll());
                unflushed = true;
            }
            if (pending.isEmpty() && unflushed && channel.isReady()) {
                unflushed = false;
                channel.flush();
            }
        } catch (IOException | RuntimeException gone) {
            close("write failed: " + gone.getMessage());
        }
    }

    /** Blocking channels: writes messages on the calling thread until the client closes. */
    void pump() throws InterruptedException {
        while (true) {
            byte[] next;
            boolean last;
            synchronized (this) {
                while (pending.isEmpty() && !closed) {
                    wait();
                }
                if (closed) {
                    return;
                }
                next = pending.poll();
                last = pending.isEmpty();
            }
            try {
                channel.write(next);
                if (last) {
                    channel.flush();
                }
            } catch (IOException | RuntimeException gone) {
                close("write failed: " + gone.getMessage());
            }
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized int waiting() {
        return pending.size();
    }

    /** Drops what is waiting and ends the response; later calls do nothing. */
    void close(String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            pending.clear();
            notifyAll();
        }
        LOG.debug("Live events client closed: {}", reason);
        channel.close();
        closing.closed(this, reason);
    }
}
