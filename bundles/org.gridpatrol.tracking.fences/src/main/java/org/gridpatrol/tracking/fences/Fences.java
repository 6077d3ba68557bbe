package org.gridpatrol.tracking.fences;

import java.util.Objects;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.fences.internal.LocalFrame;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Builds validated fences. Circles and corridors are computed in metres in a local equirectangular frame
 * ({@link LocalFrame}) and returned as lon/lat polygons, so they hold their size at any latitude.
 */
public final class Fences {

    /** SRID of CGCS2000 lon/lat. */
    public static final int CGCS2000 = 4490;

    // 32 segments per quadrant: the chord sags 0.03 % below the radius.
    private static final int CIRCLE_QUADRANT_SEGMENTS = 32;
    private static final int CORRIDOR_QUADRANT_SEGMENTS = 8;
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), CGCS2000);

    private Fences() {
    }

    /**
     * A fence over a given area.
     *
     * @throws IllegalArgumentException if the area is empty, not a (multi)polygon, invalid (with the reason
     *                                  and location) or outside lon/lat range
     */
    public static Fence polygon(String id, String name, String source, Geometry lonLatArea) {
        requireText(id, "id");
        requireText(name, "name");
        requireText(source, "source");
        Objects.requireNonNull(lonLatArea, "lonLatArea");
        if (!(lonLatArea instanceof Polygon || lonLatArea instanceof MultiPolygon)) {
            throw new IllegalArgumentException("fence " + id + ": area must be a Polygon or MultiPolygon, was "
                    + lonLatArea.getGeometryType());
        }
        if (lonLatArea.isEmpty()) {
            throw new IllegalArgumentException("fence " + id + ": area is empty");
        }
        Envelope envelope = lonLatArea.getEnvelopeInternal();
        if (envelope.getMinX() < -180 || envelope.getMaxX() > 180 || envelope.getMinY() < -90
                || envelope.getMaxY() > 90) {
            throw new IllegalArgumentException("fence " + id + ": area is outside lon/lat range: " + envelope);
        }
        var error = new IsValidOp(lonLatArea).getValidationError();
        if (error != null) {
            throw new IllegalArgumentException("fence " + id + ": invalid area: " + error);
        }
        Geometry area = lonLatArea.copy();
        area.setSRID(CGCS2000);
        return new Fence(id, name, source, area);
    }

    /** A checkpoint circle of {@code radiusMetres} around a lon/lat centre. */
    public static Fence circle(String id, String name, double lon, double lat, double radiusMetres) {
        requirePositive(radiusMetres, "radiusMetres");
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException("circle " + id + ": centre out of range: " + lon + ", " + lat);
        }
        LocalFrame frame = LocalFrame.at(lon, lat);
        Geometry metric = LON_LAT.createPoint(new Coordinate(0, 0)).buffer(radiusMetres, CIRCLE_QUADRANT_SEGMENTS);
        return polygon(id, name, Fence.CHECKPOINT, frame.toLonLat(metric));
    }

    /** A checkpoint corridor: everything within {@code halfWidthMetres} of a road's centre line, flat ends. */
    public static Fence corridor(String id, String name, LineString lonLatCentreLine, double halfWidthMetres) {
        Objects.requireNonNull(lonLatCentreLine, "lonLatCentreLine");
        requirePositive(halfWidthMetres, "halfWidthMetres");
        if (lonLatCentreLine.isEmpty() || lonLatCentreLine.getLength() == 0) {
            throw new IllegalArgumentException("corridor " + id + ": centre line has no length");
        }
        LocalFrame frame = LocalFrame.around(lonLatCentreLine);
        var parameters = new BufferParameters(CORRIDOR_QUADRANT_SEGMENTS, BufferParameters.CAP_FLAT,
                BufferParameters.JOIN_ROUND, BufferParameters.DEFAULT_MITRE_LIMIT);
        Geometry metric = BufferOp.bufferOp(frame.toMetric(lonLatCentreLine), halfWidthMetres, parameters);
        return polygon(id, name, Fence.CHECKPOINT, frame.toLonLat(metric));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite, was " + value);
        }
    }
}
