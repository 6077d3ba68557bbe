package org.gridpatrol.tracking.internal.positions;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.api.Positions;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Positions as GeoJSON for {@code GET /api/v1/patrol-units/live} and {@code GET /api/v1/patrol-units/{code}/track}; the
 * units endpoint, which owns the {@code /api/v1/patrol-units/*} prefix, hands those two paths here.
 */
@Component(service = UnitPositionsView.class)
public final class UnitPositionsView {

    static final int DEFAULT_MINUTES = 15;
    static final int MAX_MINUTES = 1440;
    static final Duration DEFAULT_TRACK = Duration.ofHours(2);
    static final int DEFAULT_LIMIT = 2000;
    static final int MAX_LIMIT = 50_000;

    private final Positions positions;
    private final PatrolUnits units;
    private final Clock clock;

    @Activate
    public UnitPositionsView(@Reference Positions positions, @Reference PatrolUnits units) {
        this(positions, units, Clock.systemUTC());
    }

    UnitPositionsView(Positions positions, PatrolUnits units, Clock clock) {
        this.positions = positions;
        this.units = units;
        this.clock = clock;
    }

    /** Each registered unit with a position in the last {@code minutes}, as a Point feature with id = code. */
    public ApiResponse live(ApiRequest request) {
        int minutes = request.intParam("minutes", 1, MAX_MINUTES).orElse(DEFAULT_MINUTES);
        Instant since = clock.instant().minus(Duration.ofMinutes(minutes));
        List<Map<String, Object>> features = new ArrayList<>();
        positions.latest(since).stream().sorted(Comparator.comparing(Position::unitCode)).forEach(position ->
                units.find(position.unitCode()).ifPresent(unit -> features.add(liveFeature(unit, position))));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return ApiResponse.ok(ApiResponse.GEO_JSON, collection);
    }

    /** A unit's track, oldest first: the newest {@code limit} positions between {@code from} and {@code to}. */
    public ApiResponse track(ApiRequest request, String code) {
        Instant to = time(request, "to").orElseGet(clock::instant);
        Instant from = time(request, "from").orElse(to.minus(DEFAULT_TRACK));
        if (from.isAfter(to)) {
            throw ApiException.badRequest("from", "is after to (" + from + " > " + to + ")");
        }
        int limit = request.intParam("limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        List<Position> track = positions.track(code, from, to, limit);
        if (track.isEmpty() && units.find(code).isEmpty()) {
            throw ApiException.notFound("code", "no patrol unit with code '" + code + "'");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", code);
        properties.put("times", track.stream().map(position -> position.time().toString()).toList());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", code);
        feature.put("geometry", trackGeometry(track));
        feature.put("properties", properties);
        return ApiResponse.ok(ApiResponse.GEO_JSON, feature);
    }

    private static Map<String, Object> liveFeature(PatrolUnit unit, Position position) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", unit.code());
        properties.put("name", unit.name());
        properties.put("kind", unit.kind().name());
        properties.put("team", unit.team());
        properties.put("status", unit.status().name());
        properties.put("time", position.time().toString());
        putIfPresent(properties, "speedKmh", position.speedKmh());
        putIfPresent(properties, "bearingDeg", position.bearingDeg());
        putIfPresent(properties, "batteryPercent", position.batteryPercent());
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", unit.code());
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(position.lon(), position.lat())));
        feature.put("properties", properties);
        return feature;
    }

    /** LineString, a Point for a single position, null for none. */
    private static Map<String, Object> trackGeometry(List<Position> track) {
        if (track.isEmpty()) {
            return null;
        }
        if (track.size() == 1) {
            return Map.of("type", "Point", "coordinates", List.of(track.get(0).lon(), track.get(0).lat()));
        }
        return Map.of("type", "LineString", "coordinates",
                track.stream().map(position -> List.of(position.lon(), position.lat())).toList());
    }

    private static void putIfPresent(Map<String, Object> properties, String name, double value) {
        if (!Double.isNaN(value)) {
            properties.put(name, value);
        }
    }

    private static Optional<Instant> time(ApiRequest request, String name) {
        Optional<String> raw = request.param(name);
        try {
            return raw.map(ReportTimes::parse);
        } catch (DateTimeException unreadable) {
            throw ApiException.badRequest(name, unreadable.getMessage());
        }
    }
}
