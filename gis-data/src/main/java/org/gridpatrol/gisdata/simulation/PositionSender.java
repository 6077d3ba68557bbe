package org.gridpatrol.gisdata.simulation;

/** Sends reports to a platform. Thread-confined: one caller sends; completions may come from other threads. */
public interface PositionSender extends AutoCloseable {

    /** Starts sending one report; blocks while the configured number of requests is in flight. */
    void send(PositionReport report) throws InterruptedException;

    /** Waits for everything in flight and returns the counts; call once, after the last send. */
    SendStats finish() throws InterruptedException;

    @Override
    void close();

    /** Counts everything as accepted without sending: for dry runs and generating files. */
    static PositionSender none() {
        return new PositionSender() {
            private final SendRecorder recorder = new SendRecorder();

            @Override
            public void send(PositionReport report) {
                recorder.sent();
                recorder.accepted(0);
            }

            @Override
            public SendStats finish() {
                return recorder.stats();
            }

            @Override
            public void close() {
            }
        };
    }
}
