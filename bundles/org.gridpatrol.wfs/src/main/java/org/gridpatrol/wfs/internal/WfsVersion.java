package org.gridpatrol.wfs.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The protocol versions served. QGIS 3.22 reads with 2.0 or 1.1 but writes Transactions as 1.0 or 1.1; GDAL
 * writes 1.1. Each version fixes its namespaces, its GML flavour and its default axis order (see {@link Crs}).
 */
enum WfsVersion {
    V1_0_0("1.0.0", "http://www.opengis.net/wfs", "http://www.opengis.net/gml", "text/xml; subtype=gml/2.1.2"),
    V1_1_0("1.1.0", "http://www.opengis.net/wfs", "http://www.opengis.net/gml", "text/xml; subtype=gml/3.1.1"),
    V2_0_0("2.0.0", "http://www.opengis.net/wfs/2.0", "http://www.opengis.net/gml/3.2",
            "application/gml+xml; version=3.2");

    static final WfsVersion NEWEST = V2_0_0;

    private final String number;
    private final String wfsNamespace;
    private final String gmlNamespace;
    private final String gmlMimeType;

    WfsVersion(String number, String wfsNamespace, String gmlNamespace, String gmlMimeType) {
        this.number = number;
        this.wfsNamespace = wfsNamespace;
        this.gmlNamespace = gmlNamespace;
        this.gmlMimeType = gmlMimeType;
    }

    String number() {
        return number;
    }

    String wfsNamespace() {
        return wfsNamespace;
    }

    String gmlNamespace() {
        return gmlNamespace;
    }

    /** The content type of GetFeature answers in GML. */
    String gmlMimeType() {
        return gmlMimeType;
    }

    boolean isLegacy() {
        return this != V2_0_0;
    }

    /** Filters of 2.0 are FES 2.0; 1.x use OGC Filter 1.0/1.1. */
    String filterNamespace() {
        return this == V2_0_0 ? "http://www.opengis.net/fes/2.0" : "http://www.opengis.net/ogc";
    }

    /** Exception reports: OWS 1.1 for 2.0, OWS 1.0 for 1.1; 1.0 uses the OGC ServiceExceptionReport. */
    String owsNamespace() {
        return this == V2_0_0 ? "http://www.opengis.net/ows/1.1" : "http://www.opengis.net/ows";
    }

    static Optional<WfsVersion> byNumber(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String wanted = number.trim();
        // "2.0.2" is a corrigendum of 2.0.0 and "1.1.1" is what some clients write for 1.1.0.
        if (wanted.startsWith("2.0")) {
            return Optional.of(V2_0_0);
        }
        if (wanted.startsWith("1.1")) {
            return Optional.of(V1_1_0);
        }
        return Arrays.stream(values()).filter(version -> version.number.equals(wanted)).findFirst();
    }
}
