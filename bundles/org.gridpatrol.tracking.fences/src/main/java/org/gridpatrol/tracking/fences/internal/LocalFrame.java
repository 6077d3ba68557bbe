package org.gridpatrol.tracking.fences.internal;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A local equirectangular frame in metres around an origin, using the CGCS2000 ellipsoid's radii of
 * curvature at the origin's latitude. Accurate to well under 0.1 % within tens of kilometres of the origin,
 * which is all a fence needs; no GeoTools. Not meant for the poles or across the antimeridian.
 */
public final class LocalFrame {

    // CGCS2000 ellipsoid (equal to GRS80 to well below a millimetre at these sizes).
    private static final double SEMI_MAJOR_AXIS = 6_378_137.0;
    private static final double FLATTENING = 1 / 298.257222101;
    private static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

    private final double originLon;
    private final double originLat;
    private final double metresPerDegreeLon;
    private final double metresPerDegreeLat;

    private LocalFrame(double originLon, double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        double phi = Math.toRadians(originLat);
        double w = 1 - ECCENTRICITY_SQUARED * Math.sin(phi) * Math.sin(phi);
        double meridianRadius = SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED) / (w * Math.sqrt(w));
        double primeVerticalRadius = SEMI_MAJOR_AXIS / Math.sqrt(w);
        this.metresPerDegreeLat = Math.toRadians(meridianRadius);
        this.metresPerDegreeLon = Math.toRadians(primeVerticalRadius * Math.cos(phi));
    }

    public static LocalFrame at(double lon, double lat) {
        if (!(Math.abs(lat) < 89) || !(Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException("no local frame at lon " + lon + ", lat " + lat);
        }
        return new LocalFrame(lon, lat);
    }

    /** Frame centred on the geometry's envelope. */
    public static LocalFrame around(Geometry lonLat) {
        var centre = lonLat.getEnvelopeInternal().centre();
        return at(centre.x, centre.y);
    }

    public double metresPerDegreeLon() {
        return metresPerDegreeLon;
    }

    public double metresPerDegreeLat() {
        return metresPerDegreeLat;
    }

    public double x(double lon) {
        return (lon - originLon) * metresPerDegreeLon;
    }

    public double y(double lat) {
        return (lat - originLat) * metresPerDegreeLat;
    }

    /** A copy of a lon/lat geometry in metres of this frame. */
    public Geometry toMetric(Geometry lonLat) {
        return transformed(lonLat, true);
    }

    /** A copy of a metric geometry of this frame in lon/lat. */
    public Geometry toLonLat(Geometry metric) {
        return transformed(metric, false);
    }

    private Geometry transformed(Geometry source, boolean toMetric) {
        Geometry copy = source.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double a = seq.getX(i);
                double b = seq.getY(i);
                seq.setOrdinate(i, 0, toMetric ? x(a) : originLon + a / metresPerDegreeLon);
                seq.setOrdinate(i, 1, toMetric ? y(b) : originLat + b / metresPerDegreeLat);
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
