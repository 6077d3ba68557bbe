package org.gridpatrol.geo.api;

/**
 * Why a geometry was refused and where: {@code lon}/{@code lat} locate the problem (a
 * self-intersection, the first vertex outside the parent, ...), or are NaN when the problem has
 * no place (an empty geometry).
 */
public record GeometryProblem(String reason, double lon, double lat) {

    public static GeometryProblem unlocated(String reason) {
        return new GeometryProblem(reason, Double.NaN, Double.NaN);
    }

    public boolean hasLocation() {
        return !Double.isNaN(lon) && !Double.isNaN(lat);
    }
}
