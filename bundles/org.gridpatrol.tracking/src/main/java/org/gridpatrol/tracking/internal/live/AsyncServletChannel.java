package org.gridpatrol.tracking.internal.live;

import java.io.IOException;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;

/**
 * A response in asynchronous, non-blocking mode: writes only when the container says they will not block,
 * and tells the client when it may write again or when the connection is gone.
 */
final class AsyncServletChannel implements SseChannel, WriteListener, AsyncListener {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private volatile SseClient client;
    private volatile boolean listening;
    private volatile boolean closed;

    AsyncServletChannel(AsyncContext async, ServletOutputStream out) {
        this.async = async;
        this.out = out;
    }

    /** Starts writing for {@code owner}: from here on the container calls back. */
    void start(SseClient owner) {
        this.client = owner;
        async.addListener(this);
        listening = true;
        out.setWriteListener(this);
    }

    @Override
    public boolean isReady() {
        // Before the write listener is set the stream is still in blocking mode: hold messages until then.
        return listening && !closed && out.isReady();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            async.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // the container ended it first (client gone, server stopping)
        }
    }

    @Override
    public void onWritePossible() {
        SseClient owner = client;
        if (owner != null) {
            owner.drain();
        }
    }

    @Override
    public void onError(Throwable failure) {
        ended("connection failed: " + failure);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        ended("response completed");
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        ended("timed out");
    }

    @Override
    public void onError(AsyncEvent event) {
        ended("connection failed: " + event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }

    private void ended(String reason) {
        SseClient owner = client;
        if (owner != null) {
            owner.close(reason);
        }
    }
}
