package org.gridpatrol.gisdata.simulation;

import java.util.Locale;

/**
 * What came of sending: {@code accepted} answered positively (HTTP 200, MQTT PUBACK), {@code rejected}
 * answered negatively (other HTTP status, MQTT rejection message from the platform), {@code errors} no
 * answer (connection refused, timeout). Latencies in milliseconds over the answered requests, NaN if none.
 */
public record SendStats(long sent, long accepted, long rejected, long errors, double p50Millis,
        double p99Millis) {

    public String describe() {
        return String.format(Locale.ROOT, "sent %d, accepted %d, rejected %d, errors %d, latency p50 %.1f ms p99 %.1f ms",
                sent, accepted, rejected, errors, p50Millis, p99Millis);
    }
}
