package org.gridpatrol.video.analysis.internal;

import org.gridpatrol.geo.api.LonLat;

/**
 * A local east/north frame in metres around an origin, using the CGCS2000 ellipsoid's radii of
 * curvature at the origin. At camera scale (a few kilometres) this is within centimetres of the
 * Gauss-Krüger projection and needs no CRS machinery.
 */
public final class LocalFrame {

    private static final double SEMI_MAJOR_AXIS = 6378137.0;
    private static final double FLATTENING = 1 / 298.257222101;
    private static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

    private final double originLon;
    private final double originLat;
    private final double metresPerDegreeEast;
    private final double metresPerDegreeNorth;

    public LocalFrame(double originLon, double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        double phi = Math.toRadians(originLat);
        double w = 1 - ECCENTRICITY_SQUARED * Math.sin(phi) * Math.sin(phi);
        double primeVertical = SEMI_MAJOR_AXIS / Math.sqrt(w);
        double meridional = SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED) / (w * Math.sqrt(w));
        metresPerDegreeEast = Math.toRadians(1) * primeVertical * Math.cos(phi);
        metresPerDegreeNorth = Math.toRadians(1) * meridional;
    }

    public double east(double lon) {
        return (lon - originLon) * metresPerDegreeEast;
    }

    public double north(double lat) {
        return (lat - originLat) * metresPerDegreeNorth;
    }

    public LonLat toLonLat(double east, double north) {
        return new LonLat(originLon + east / metresPerDegreeEast, originLat + north / metresPerDegreeNorth);
    }

    public double originLon() {
        return originLon;
    }

    public double originLat() {
        return originLat;
    }
}
