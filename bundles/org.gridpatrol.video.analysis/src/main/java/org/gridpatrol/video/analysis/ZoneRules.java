package org.gridpatrol.video.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.video.analysis.AlertChange.Phase;
import org.gridpatrol.video.analysis.internal.CrowdRule;
import org.gridpatrol.video.analysis.internal.ImagePolygons;
import org.gridpatrol.video.analysis.internal.LoiterRule;
import org.gridpatrol.video.analysis.internal.PersonTracker;
import org.gridpatrol.video.api.AlertKind;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.video.api.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The zone rules of one camera, fed frame by frame: counting per zone, the crowd rule and the
 * loitering rule (see {@link Zone}). A person is in a zone when the foot point of its box (middle
 * of the bottom edge) is inside the polygon or on its edge. Time comes only from the frames, never
 * from the clock; a frame older than the previous one is treated as simultaneous with it. One
 * instance per camera worker; not thread-safe.
 */
public final class ZoneRules {

    private final List<ZoneState> zones = new ArrayList<>();
    private final GroundProjection projection;
    private final PersonTracker tracker = new PersonTracker();
    private final boolean tracking;
    private Instant latest;

    private static final class ZoneState {
        final Zone zone;
        final PreparedGeometry polygon;
        final CrowdRule crowd;
        final LoiterRule loiter;
        final double[] lastCrowdPosition = {Double.NaN, Double.NaN};
        final double[] lastLoiterPosition = {Double.NaN, Double.NaN};

        ZoneState(Zone zone) {
            this.zone = zone;
            this.polygon = PreparedGeometryFactory.prepare(ImagePolygons.polygon(zone.polygon()));
            this.crowd = new CrowdRule(zone.crowdThreshold(), zone.crowdSeconds(), zone.hysteresis(),
                    zone.cooldownSeconds());
            this.loiter = zone.loiterSeconds() > 0 ? new LoiterRule(zone.loiterSeconds()) : null;
        }

        boolean covers(ImagePoint p) {
            return polygon.covers(ImagePolygons.factory().createPoint(new Coordinate(p.x(), p.y())));
        }
    }

    /**
     * @param zones the camera's zones, valid per {@link Zones#validate(List)}
     * @param projectionOrNull the camera's ground projection, or null when it is not georeferenced
     * @throws IllegalArgumentException when the zones are not valid (validate them first to get the field)
     */
    public ZoneRules(List<Zone> zones, GroundProjection projectionOrNull) {
        try {
            Zones.validate(zones);
        } catch (VideoInputException e) {
            throw new IllegalArgumentException(e.field() + ": " + e.getMessage(), e);
        }
        zones.forEach(z -> this.zones.add(new ZoneState(z)));
        this.projection = projectionOrNull;
        this.tracking = zones.stream().anyMatch(z -> z.loiterSeconds() > 0);
    }

    /**
     * Counts people per zone, tracks them, runs the crowd and loitering rules, and reports what
     * changed. Detections with a non-finite or empty box are ignored.
     */
    public FrameFindings evaluate(List<Detection> detections, Instant time) {
        if (detections == null || time == null) {
            throw new IllegalArgumentException("detections and time are required");
        }
        Instant now = latest != null && time.isBefore(latest) ? latest : time;
        latest = now;
        List<ImageBox> boxes = usableBoxes(detections);
        PersonTracker.Update tracks = tracking ? tracker.update(boxes, now) : null;
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<AlertChange> changes = new ArrayList<>();
        for (ZoneState state : zones) {
            List<ImageBox> inside = new ArrayList<>();
            Set<Long> idsInside = new HashSet<>();
            Set<Long> idsOutside = new HashSet<>();
            for (int b = 0; b < boxes.size(); b++) {
                boolean in = state.covers(boxes.get(b).footPoint());
                if (in) {
                    inside.add(boxes.get(b));
                }
                if (tracks != null) {
                    (in ? idsInside : idsOutside).add(tracks.idsOfBoxes().get(b));
                }
            }
            counts.put(state.zone.id(), inside.size());
            state.crowd.step(inside.size(), now).ifPresent(phase -> changes.add(
                    change(state.zone.id(), AlertKind.CROWD, phase, inside, state.lastCrowdPosition)));
            if (state.loiter != null) {
                Optional<Phase> phase = state.loiter.step(idsInside, idsOutside, tracks.expired(), now);
                if (phase.isPresent()) {
                    List<ImageBox> loitering = new ArrayList<>();
                    state.loiter.loiterers().forEach(id -> loitering.add(tracks.alive().get(id)));
                    changes.add(change(state.zone.id(), AlertKind.LOITERING, phase.get(), loitering,
                            state.lastLoiterPosition));
                }
            }
        }
        return new FrameFindings(time, counts, changes);
    }

    private AlertChange change(String zoneId, AlertKind kind, Phase phase, List<ImageBox> boxes, double[] lastPosition) {
        double[] position = centroid(boxes);
        if (Double.isNaN(position[0]) && phase == Phase.END) {
            position = lastPosition.clone();
        }
        if (!Double.isNaN(position[0])) {
            lastPosition[0] = position[0];
            lastPosition[1] = position[1];
        }
        if (phase == Phase.END) {
            lastPosition[0] = Double.NaN;
            lastPosition[1] = Double.NaN;
        }
        return new AlertChange(zoneId, kind, phase, boxes.size(), position[0], position[1], boxes);
    }

    /** Centroid of the boxes' projected foot points that project; NaN when none does. */
    private double[] centroid(List<ImageBox> boxes) {
        double lon = 0;
        double lat = 0;
        int n = 0;
        if (projection != null) {
            for (ImageBox box : boxes) {
                Optional<LonLat> p = projection.toMap(box.footPoint());
                if (p.isPresent()) {
                    lon += p.get().lon();
                    lat += p.get().lat();
                    n++;
                }
            }
        }
        return n == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {lon / n, lat / n};
    }

    private static List<ImageBox> usableBoxes(List<Detection> detections) {
        List<ImageBox> boxes = new ArrayList<>(detections.size());
        for (Detection d : detections) {
            ImageBox b = d == null ? null : d.box();
            if (b != null && Double.isFinite(b.x()) && Double.isFinite(b.y()) && Double.isFinite(b.width())
                    && Double.isFinite(b.height()) && b.width() > 0 && b.height() > 0) {
                boxes.add(b);
            }
        }
        return boxes;
    }
}
