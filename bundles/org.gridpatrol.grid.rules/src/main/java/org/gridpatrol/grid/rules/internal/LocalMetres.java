package org.gridpatrol.grid.rules.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular frame in metres centred on the thing measured, with the CGCS2000 ellipsoid's radii
 * of curvature at the centre's latitude.
 *
 * <p>Why not the Gauss-Krüger zone: it needs GeoTools, and it is no truer. Its scale factor at Rui'an
 * (0.6° from CM 120°E) is already 1.00007. This frame's scale error grows with the distance from its
 * centre, about tan(lat)·d/R: under 1e-4 for anything within 1 km of the centre. Every gap, overlap or
 * outside piece is measured in a frame centred on itself, so a 0.05 m width is off by micrometres and a
 * 50 m² sliver by under 50 cm², and the result is the same wherever the piece lies in the county.
 */
public final class LocalMetres {

    // CGCS2000 ellipsoid (equal to GRS80 to well below a millimetre at these sizes).
    private static final double SEMI_MAJOR_AXIS = 6_378_137.0;
    private static final double FLATTENING = 1 / 298.257222101;
    private static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

    private final double originLon;
    private final double originLat;
    private final double metresPerDegreeLon;
    private final double metresPerDegreeLat;

    private LocalMetres(double originLon, double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        double phi = Math.toRadians(originLat);
        double w = 1 - ECCENTRICITY_SQUARED * Math.sin(phi) * Math.sin(phi);
        double meridianRadius = SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED) / (w * Math.sqrt(w));
        double primeVerticalRadius = SEMI_MAJOR_AXIS / Math.sqrt(w);
        this.metresPerDegreeLat = Math.toRadians(meridianRadius);
        this.metresPerDegreeLon = Math.toRadians(primeVerticalRadius * Math.cos(phi));
    }

    /** The frame centred on a lon/lat geometry's envelope. */
    public static LocalMetres around(Geometry lonLat) {
        Envelope envelope = lonLat.getEnvelopeInternal();
        if (envelope.isNull() || Math.abs(envelope.centre().y) >= 89) {
            throw new IllegalArgumentException("no local metric frame for " + envelope);
        }
        return new LocalMetres(envelope.centre().x, envelope.centre().y);
    }

    /** Square metres in one square degree of lon/lat here. */
    public double squareMetresPerSquareDegree() {
        return metresPerDegreeLon * metresPerDegreeLat;
    }

    public double squareMetres(Geometry lonLat) {
        return lonLat.getArea() * squareMetresPerSquareDegree();
    }

    /** A copy of a lon/lat geometry in metres east and north of the centre. */
    public Geometry toMetres(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                sequence.setOrdinate(i, 0, (sequence.getX(i) - originLon) * metresPerDegreeLon);
                sequence.setOrdinate(i, 1, (sequence.getY(i) - originLat) * metresPerDegreeLat);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
