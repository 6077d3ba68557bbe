package org.gridpatrol.tracking.internal.live;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response written the classic way, by the request's own thread: the fallback when a filter in front of
 * the servlet does not support asynchronous requests. Works the same for the browser; costs a thread per client.
 */
final class BlockingServletChannel implements SseChannel {

    private final OutputStream out;

    BlockingServletChannel(OutputStream out) {
        this.out = out;
    }

    @Override
    public boolean isReady() {
        return true;
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
        // the request thread returns from pump() and the container ends the response
    }
}
