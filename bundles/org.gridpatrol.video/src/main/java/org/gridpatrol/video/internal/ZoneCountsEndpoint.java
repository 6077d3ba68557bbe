package org.gridpatrol.video.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.Zone;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/video/counts?camera=&zone=&from=&to=}: a camera's per-zone count history, buckets
 * starting in [from, to) in time order, keyed by zone id; the camera's current zones come first and
 * are listed even without data. {@code to} defaults to now, {@code from} to 24 hours before {@code to};
 * the range is at most 31 days.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/video/counts")
public class ZoneCountsEndpoint implements ApiEndpoint {

    static final Duration DEFAULT_RANGE = Duration.ofHours(24);
    static final Duration MAX_RANGE = Duration.ofDays(31);
    /** About 20 MB of JSON; a month of minutes is 44,640 buckets per zone. */
    static final int MAX_BUCKETS = 200_000;

    private final ZoneCountLog counts;
    private final CameraCatalog cameras;
    private final Clock clock;
    private final int maxBuckets;

    @Activate
    public ZoneCountsEndpoint(@Reference ZoneCountLog counts, @Reference CameraCatalog cameras) {
        this(counts, cameras, Clock.systemUTC(), MAX_BUCKETS);
    }

    ZoneCountsEndpoint(ZoneCountLog counts, CameraCatalog cameras, Clock clock, int maxBuckets) {
        this.counts = counts;
        this.cameras = cameras;
        this.clock = clock;
        this.maxBuckets = maxBuckets;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("GET")) {
            throw Endpoints.methodNotAllowed(request, "GET");
        }
        String code = request.requiredParam("camera");
        if (!CameraValidator.CODE.matcher(code).matches()) {
            throw ApiException.badRequest("camera", "must be a camera code (letters, digits, '_', '-'), got '" + code + "'");
        }
        String zone = request.param("zone").orElse(null);
        if (zone != null && zone.length() > 100) {
            throw ApiException.badRequest("zone", "must be a zone id of at most 100 characters");
        }
        Instant from = time(request, "from");
        Instant to = time(request, "to");
        if (to == null) {
            to = clock.instant();
        }
        if (from == null) {
            from = to.minus(DEFAULT_RANGE);
        }
        if (!to.isAfter(from)) {
            throw ApiException.badRequest("to", "must be after from (" + from + "), got " + to);
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw ApiException.badRequest("from", "the range " + from + " to " + to + " is longer than "
                    + MAX_RANGE.toDays() + " days");
        }
        Camera camera = cameras.find(code).orElseThrow(() -> ApiException.notFound("camera", "no camera with code '" + code + "'"));
        List<ZoneCountBucket> buckets = counts.query(code, zone, from, to, maxBuckets + 1);
        if (buckets.size() > maxBuckets) {
            throw ApiException.badRequest("from", "more than " + maxBuckets + " buckets from " + from + " to " + to
                    + "; narrow the range or name a zone");
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("camera", code);
        view.put("bucketSeconds", counts.bucketSeconds());
        view.put("from", from.toString());
        view.put("to", to.toString());
        view.put("zones", byZone(camera, zone, buckets));
        return ApiResponse.ok(view);
    }

    private static Map<String, List<Map<String, Object>>> byZone(Camera camera, String zone, List<ZoneCountBucket> buckets) {
        Map<String, List<Map<String, Object>>> zones = new LinkedHashMap<>();
        if (zone != null) {
            zones.put(zone, new ArrayList<>());
        } else {
            camera.zones().stream().map(Zone::id).forEach(id -> zones.put(id, new ArrayList<>()));
        }
        for (ZoneCountBucket bucket : buckets) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("start", bucket.start().toString());
            view.put("max", bucket.max());
            view.put("mean", bucket.mean());
            view.put("samples", bucket.samples());
            view.put("maxDensity", bucket.maxDensity());
            zones.computeIfAbsent(bucket.zone(), id -> new ArrayList<>()).add(view);
        }
        return zones;
    }

    /** An ISO-8601 time with offset ({@code Z} or e.g. {@code +08:00}), null when absent, else a 400 naming it. */
    private static Instant time(ApiRequest request, String name) {
        return request.param(name).map(raw -> {
            try {
                return OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeParseException unreadable) {
                throw ApiException.badRequest(name, "must be an ISO-8601 time with offset, e.g. 2026-05-01T08:00:00+08:00, "
                        + "got '" + raw + "'");
            }
        }).orElse(null);
    }
}
