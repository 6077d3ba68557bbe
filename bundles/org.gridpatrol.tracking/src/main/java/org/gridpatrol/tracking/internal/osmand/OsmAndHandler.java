package org.gridpatrol.tracking.internal.osmand;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridpatrol.tracking.api.IngestResult;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.Positions;
import org.gridpatrol.tracking.internal.positions.IngestCounters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers each request with the status Traccar's OsmAnd decoder gives, because Traccar Client acts on it:
 * 200 keeps nothing for a retry, anything else makes it send the report again later.
 * <ul>
 * <li>200: stored; also a report that was read but refused by validation ((0, 0), too far in the future,
 * beyond retention, no coordinates): Traccar acknowledges those and drops them in its filters, and a
 * retry could never succeed;</li>
 * <li>400 (query form) or 404 (JSON form): no device id, or one no unit has;</li>
 * <li>400: unreadable (bad number, time or JSON; latitude or longitude out of range): Traccar closes the
 * connection without an answer there, which the client treats like an error status;</li>
 * <li>413: a body over {@value #MAX_BODY_BYTES} bytes; 503: the store failed, so the report is not
 * acknowledged and the client retries.</li>
 * </ul>
 */
final class OsmAndHandler implements HttpHandler {

    static final String CHANNEL = "osmand";
    static final int MAX_BODY_BYTES = 65_536;
    private static final Logger LOG = LoggerFactory.getLogger(OsmAndHandler.class);

    private final OsmAndDecoder decoder;
    private final Positions positions;
    private final PatrolUnits units;
    private final IngestCounters counters;

    OsmAndHandler(OsmAndDecoder decoder, Positions positions, PatrolUnits units, IngestCounters counters) {
        this.decoder = decoder;
        this.positions = positions;
        this.units = units;
        this.counters = counters;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                counters.countRefused(CHANNEL, 1);
                answer(exchange, 413, "body larger than " + MAX_BODY_BYTES + " bytes");
                return;
            }
            OsmAndDecoder.Decoded decoded = decoder.decode(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body);
            if (decoded instanceof OsmAndDecoder.Unreadable unreadable) {
                refuse(exchange, unreadable);
            } else {
                ingest(exchange, (OsmAndDecoder.Report) decoded);
            }
        } catch (RuntimeException failed) {
            LOG.warn("OsmAnd request from {} not stored", exchange.getRemoteAddress(), failed);
            answer(exchange, 503, "not stored, try again later");
        }
    }

    private void refuse(HttpExchange exchange, OsmAndDecoder.Unreadable unreadable) throws IOException {
        counters.countRefused(CHANNEL, 1);
        LOG.debug("OsmAnd request from {} (device {}) refused, {}: {}", exchange.getRemoteAddress(),
                unreadable.deviceId(), unreadable.field(), unreadable.reason());
        if (unreadable.deviceId() == null) {
            answer(exchange, 400, unreadable.field() + ": " + unreadable.reason());
        } else if (units.findByDevice(unreadable.deviceId()).isEmpty()) {
            answer(exchange, unknownDeviceStatus(unreadable.json()), "unknown device " + unreadable.deviceId());
        } else {
            answer(exchange, 400, unreadable.field() + ": " + unreadable.reason());
        }
    }

    private void ingest(HttpExchange exchange, OsmAndDecoder.Report report) throws IOException {
        if (report.position().deviceId() == null || report.position().deviceId().isBlank()) {
            counters.countRefused(CHANNEL, 1);
            answer(exchange, 400, "no device id");
            return;
        }
        IngestResult result = positions.ingest(List.of(report.position()), CHANNEL);
        if (result.rejections().isEmpty()) {
            answer(exchange, 200, null);
            return;
        }
        IngestResult.Rejection rejection = result.rejections().get(0);
        LOG.debug("OsmAnd report of device {} refused, {}: {}", rejection.deviceId(), rejection.field(),
                rejection.reason());
        if (rejection.field().equals("deviceId")) {
            answer(exchange, unknownDeviceStatus(report.json()), "unknown device " + rejection.deviceId());
        } else {
            answer(exchange, 200, null);
        }
    }

    /** Traccar: 400 in the query form, 404 in the JSON form (and 400 when the JSON form has no device id). */
    private static int unknownDeviceStatus(boolean json) {
        return json ? 404 : 400;
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void answer(HttpExchange exchange, int status, String reason) throws IOException {
        byte[] text = reason == null ? new byte[0] : (reason + "\n").getBytes(StandardCharsets.UTF_8);
        if (text.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, text.length == 0 ? -1 : text.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(text);
        }
    }
}
