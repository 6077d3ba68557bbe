package org.gridpatrol.tracking.internal.live;

import java.io.IOException;

/** Where a client's messages are written: the response of its request. */
interface SseChannel {

    /** Whether a write now would not block (always true for a blocking channel). */
    boolean isReady();

    void write(byte[] bytes) throws IOException;

    void flush() throws IOException;

    /** Ends the response; idempotent. */
    void close();
}
