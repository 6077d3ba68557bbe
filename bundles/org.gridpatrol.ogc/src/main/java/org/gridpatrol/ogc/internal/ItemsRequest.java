package org.gridpatrol.ogc.internal;

import java.math.BigInteger;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.locationtech.jts.geom.Envelope;

/**
 * The query parameters of {@code /collections/{id}/items}, validated: every refusal is a 400 naming
 * the parameter. {@code bbox} is lon/lat (CRS84), null when absent.
 */
record ItemsRequest(Envelope bbox, int limit, int offset, String code, String parent) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    /**
     * {@code datetime} is a core parameter; units carry no time and are always current, so every
     * unit matches any interval and the parameter is accepted and has no effect.
     */
    static final Set<String> PARAMETERS = Set.of("f", "bbox", "limit", "offset", "code", "parent", "datetime");

    static ItemsRequest parse(ApiRequest request) {
        rejectUnknownParameters(request, PARAMETERS);
        return new ItemsRequest(
                request.param("bbox").map(ItemsRequest::parseBbox).orElse(null),
                request.param("limit").map(ItemsRequest::parseLimit).orElse(DEFAULT_LIMIT),
                request.intParam("offset", 0, Integer.MAX_VALUE).orElse(0),
                request.param("code").orElse(null),
                request.param("parent").orElse(null));
    }

    GridQuery toQuery(OgcCollection collection) {
        return new GridQuery(collection.level(), parent, code, bbox, offset, limit);
    }

    /** The spec permits refusing parameters it does not know; that catches typos such as {@code bobx}. */
    static void rejectUnknownParameters(ApiRequest request, Set<String> known) {
        Set<String> unknown = new TreeSet<>(request.query().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(unknown.iterator().next(), "unknown query parameter(s) "
                    + String.join(", ", unknown) + "; supported: " + String.join(", ", new TreeSet<>(known)));
        }
    }

    /** Clamps above the maximum, as the spec requires, instead of refusing. */
    private static int parseLimit(String raw) {
        BigInteger value;
        try {
            value = new BigInteger(raw);
        } catch (NumberFormatException notAnInteger) {
            throw ApiException.badRequest("limit", "must be a positive integer, got '" + raw + "'");
        }
        if (value.signum() <= 0) {
            throw ApiException.badRequest("limit", "must be at least 1, got '" + raw + "'");
        }
        return value.min(BigInteger.valueOf(MAX_LIMIT)).intValue();
    }

    /** Four numbers lon,lat,lon,lat; six (with heights) are reduced to their 2D part. */
    private static Envelope parseBbox(String raw) {
        String[] parts = raw.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw ApiException.badRequest("bbox", "must be 4 numbers minLon,minLat,maxLon,maxLat (or 6 with heights),"
                    + " got " + parts.length + " value(s): '" + raw + "'");
        }
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = parseNumber(parts[i]).orElseThrow(() -> ApiException.badRequest("bbox",
                    "must contain only finite numbers, got '" + raw + "'"));
        }
        int maxIndex = parts.length / 2;
        double minLon = numbers[0];
        double minLat = numbers[1];
        double maxLon = numbers[maxIndex];
        double maxLat = numbers[maxIndex + 1];
        // The spec lets minLon > maxLon mean "across the antimeridian"; Zhejiang never is, so it is a mistake.
        if (minLon > maxLon || minLat > maxLat) {
            throw ApiException.badRequest("bbox", "lower corner must not exceed the upper corner, got '" + raw + "'");
        }
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
            throw ApiException.badRequest("bbox", "must be lon/lat in degrees (CRS84), got '" + raw + "'");
        }
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    private static Optional<Double> parseNumber(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
