package org.gridpatrol.wfs.internal;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A GetFeature request, however it came (KVP or XML): which types, optionally which ids or which lon/lat
 * box, which page, in which CRS and format. {@code count} null means the server's default page size.
 */
record GetFeatureQuery(WfsVersion version, List<FeatureType> types, List<FeatureId> ids, Envelope bbox,
        int startIndex, Integer count, Crs crs, boolean json, boolean hitsOnly) {

    GetFeatureQuery {
        types = List.copyOf(types);
        ids = List.copyOf(ids);
    }

    /** Whether the output format asks for GeoJSON rather than GML. */
    static boolean isJson(String outputFormat, WfsVersion version) {
        if (outputFormat == null || outputFormat.isBlank()) {
            return false;
        }
        String format = outputFormat.trim().toLowerCase(java.util.Locale.ROOT);
        if (format.contains("json")) {
            return true;
        }
        if (format.contains("gml") || format.contains("xml")) {
            return false;
        }
        throw WfsException.invalidParameter(version, "outputFormat", "unsupported output format '" + outputFormat
                + "'; supported: " + version.gmlMimeType() + ", application/json");
    }
}
