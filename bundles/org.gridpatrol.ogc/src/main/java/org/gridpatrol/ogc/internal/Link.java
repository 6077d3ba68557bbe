package org.gridpatrol.ogc.internal;

/** A web link as OGC API documents carry them; GDAL picks links by {@code rel} and {@code type}. */
public record Link(String href, String rel, String type, String title) {

    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";
    static final String OPENAPI_JSON = "application/vnd.oai.openapi+json;version=3.0";
}
