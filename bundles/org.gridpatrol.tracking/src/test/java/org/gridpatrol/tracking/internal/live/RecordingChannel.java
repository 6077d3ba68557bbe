package org.gridpatrol.tracking.internal.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A client connection as the servlet container shows it: writable or not at the moment, or broken. */
final class RecordingChannel implements SseChannel {

    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private volatile boolean ready = true;
    private volatile boolean broken;
    volatile int flushes;
    volatile boolean closed;

    void ready(boolean now) {
        this.ready = now;
    }

    void breakConnection() {
        this.broken = true;
    }

    synchronized String text() {
        return received.toString(StandardCharsets.UTF_8);
    }

    @Override
    public boolean isReady() {
        return ready;
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        if (broken) {
            throw new IOException("Broken pipe");
        }
        received.write(bytes);
    }

    @Override
    public void flush() throws IOException {
        if (broken) {
            throw new IOException("Broken pipe");
        }
        flushes++;
    }

    @Override
    public void close() {
        closed = true;
    }
}
