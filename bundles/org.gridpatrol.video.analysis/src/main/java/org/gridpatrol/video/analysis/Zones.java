package org.gridpatrol.video.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridpatrol.video.analysis.internal.ImagePolygons;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.video.api.Zone;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Validation of a camera's zones, shared by the register (on save) and the stream (before running rules). */
public final class Zones {

    public static final int MAX_ZONES = 64;
    public static final int MAX_POINTS = 256;
    public static final int MAX_ID_LENGTH = 64;
    public static final double MIN_AREA_PX2 = 1;
    /** Upper bound for every duration, one day: longer values are typos, not rules. */
    public static final double MAX_SECONDS = 86_400;

    private Zones() {
    }

    /**
     * Validates the zones of one camera: unique non-blank ids (at most 64 characters), 3 to 256
     * finite points forming a simple polygon (no self-intersection) of at least 1 px², crowd
     * threshold >= 1, hysteresis in [0, threshold - 1], durations in [0, 1 day]. A closing point
     * equal to the first is allowed. The field is named like {@code zones[2].polygon}; for a
     * self-intersection the reason gives the pixel where it happens.
     *
     * @throws VideoInputException for the first problem found
     */
    public static void validate(List<Zone> zones) throws VideoInputException {
        if (zones == null) {
            throw new VideoInputException("zones", "zones are missing (use an empty list for none)");
        }
        if (zones.size() > MAX_ZONES) {
            throw new VideoInputException("zones", "at most " + MAX_ZONES + " zones per camera, got " + zones.size());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < zones.size(); i++) {
            String field = "zones[" + i + "]";
            Zone zone = zones.get(i);
            if (zone == null) {
                throw new VideoInputException(field, "zone is missing");
            }
            checkId(field, zone.id());
            Integer first = seen.putIfAbsent(zone.id(), i);
            if (first != null) {
                throw new VideoInputException(field + ".id", "duplicate zone id '" + zone.id() + "' (also zones["
                        + first + "])");
            }
            checkPolygon(field + ".polygon", zone.polygon());
            checkRules(field, zone);
        }
    }

    private static void checkId(String field, String id) throws VideoInputException {
        if (id == null || id.isBlank()) {
            throw new VideoInputException(field + ".id", "zone id must not be blank");
        }
        if (id.length() > MAX_ID_LENGTH || id.chars().anyMatch(Character::isISOControl)) {
            throw new VideoInputException(field + ".id", "zone id must be at most " + MAX_ID_LENGTH
                    + " characters without control characters");
        }
    }

    private static void checkPolygon(String field, List<ImagePoint> points) throws VideoInputException {
        if (points == null || points.size() < 3) {
            throw new VideoInputException(field, "a zone polygon needs at least 3 points, got "
                    + (points == null ? 0 : points.size()));
        }
        if (points.size() > MAX_POINTS) {
            throw new VideoInputException(field, "a zone polygon has at most " + MAX_POINTS + " points, got "
                    + points.size());
        }
        for (int k = 0; k < points.size(); k++) {
            ImagePoint p = points.get(k);
            if (p == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw new VideoInputException(field + "[" + k + "]", "point must have finite x and y pixels");
            }
        }
        Polygon polygon = ImagePolygons.polygon(points);
        if (polygon.convexHull().getArea() < MIN_AREA_PX2) {
            throw new VideoInputException(field, "polygon points lie (nearly) on one line; a zone needs an area of at least "
                    + (long) MIN_AREA_PX2 + " px²");
        }
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            throw new VideoInputException(field, String.format(Locale.ROOT, "polygon is not simple: %s at (%.1f, %.1f) px",
                    error.getMessage().toLowerCase(Locale.ROOT), error.getCoordinate().x, error.getCoordinate().y));
        }
        if (!(polygon.getArea() >= MIN_AREA_PX2)) {
            throw new VideoInputException(field, String.format(Locale.ROOT,
                    "polygon area is %.2f px², at least %.0f px² needed", polygon.getArea(), MIN_AREA_PX2));
        }
    }

    private static void checkRules(String field, Zone zone) throws VideoInputException {
        if (zone.crowdThreshold() < 1) {
            throw new VideoInputException(field + ".crowdThreshold", "crowd threshold must be at least 1, got "
                    + zone.crowdThreshold());
        }
        if (zone.hysteresis() < 0 || zone.hysteresis() >= zone.crowdThreshold()) {
            throw new VideoInputException(field + ".hysteresis", "hysteresis must be within [0, crowdThreshold - 1] = [0, "
                    + (zone.crowdThreshold() - 1) + "], got " + zone.hysteresis());
        }
        checkSeconds(field + ".crowdSeconds", zone.crowdSeconds());
        checkSeconds(field + ".cooldownSeconds", zone.cooldownSeconds());
        checkSeconds(field + ".loiterSeconds", zone.loiterSeconds());
    }

    private static void checkSeconds(String field, double seconds) throws VideoInputException {
        if (!(seconds >= 0 && seconds <= MAX_SECONDS)) {
            throw new VideoInputException(field, "duration must be within [0, " + (long) MAX_SECONDS + "] s, got "
                    + seconds);
        }
    }
}
