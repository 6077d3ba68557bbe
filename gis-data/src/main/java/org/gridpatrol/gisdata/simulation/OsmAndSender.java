package org.gridpatrol.gisdata.simulation;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * The OsmAnd protocol as Traccar Client speaks it: {@code GET /?id=..&timestamp=..&lat=..&lon=..&speed=..}
 * (speed in knots, timestamp in epoch seconds). Up to {@code concurrency} requests in flight; 200 counts as
 * accepted, any other status as rejected, no answer as an error.
 */
public final class OsmAndSender implements PositionSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final int concurrency;
    private final Semaphore inFlight;
    private final HttpClient client;
    private final SendRecorder recorder = new SendRecorder();

    /** @param target e.g. {@code http://127.0.0.1:5055} */
    public OsmAndSender(URI target, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
            throw new IllegalArgumentException("target must be an http(s) URL, got " + target);
        }
        String text = target.toString();
        this.base = text.endsWith("/") ? text : text + "/";
        this.concurrency = concurrency;
        this.inFlight = new Semaphore(concurrency);
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    /** The query string of one report, exactly as sent. */
    public static String query(PositionReport report) {
        return String.format(Locale.ROOT,
                "id=%s&timestamp=%d&lat=%.7f&lon=%.7f&speed=%.1f&bearing=%.1f&altitude=%.1f&accuracy=%.1f&batt=%.1f",
                URLEncoder.encode(report.deviceId(), StandardCharsets.UTF_8), report.time().getEpochSecond(), report.lat(), report.lon(), report.speedKnots(),
                report.bearingDeg(), report.altitudeMetres(), report.accuracyMetres(), report.batteryPercent());
    }

    @Override
    public void send(PositionReport report) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "?" + query(report))).timeout(TIMEOUT)
                .GET().build();
        inFlight.acquire();
        recorder.sent();
        long started = System.nanoTime();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    recorder.error();
                } else if (response.statusCode() == 200) {
                    recorder.accepted(System.nanoTime() - started);
                } else {
                    recorder.rejected(System.nanoTime() - started);
                }
            } finally {
                inFlight.release();
            }
        });
    }

    @Override
    public SendStats finish() throws InterruptedException {
        inFlight.acquire(concurrency);
        inFlight.release(concurrency);
        return recorder.stats();
    }

    @Override
    public void close() {
        // HttpClient has no close() before Java 21; its threads are daemons and go with the JVM
    }
}
