package org.gridpatrol.web.api;

/**
 * A client error, answered as {@code application/problem+json} with {@code status}, a
 * {@code detail}, the offending {@code field} and, for geometry, the {@code lon}/{@code lat} where
 * the problem is (NaN when unlocated).
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final double lon;
    private final double lat;

    public ApiException(int status, String field, String detail, double lon, double lat) {
        super(detail);
        this.status = status;
        this.field = field;
        this.lon = lon;
        this.lat = lat;
    }

    public ApiException(int status, String field, String detail) {
        this(status, field, detail, Double.NaN, Double.NaN);
    }

    public static ApiException badRequest(String field, String detail) {
        return new ApiException(400, field, detail);
    }

    public static ApiException notFound(String field, String detail) {
        return new ApiException(404, field, detail);
    }

    public int status() {
        return status;
    }

    /** The request field (query parameter, JSON property, path segment) at fault; may be null. */
    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }

    public double lon() {
        return lon;
    }

    public double lat() {
        return lat;
    }

    public boolean hasLocation() {
        return !Double.isNaN(lon) && !Double.isNaN(lat);
    }
}
