package org.gridpatrol.ogc.internal;

/** Absolute URLs of the OGC API resources, from the base URL the client used. */
record OgcUrls(String base, String root) {

    static final String PATH = "/ogc";

    static OgcUrls of(String baseUrl) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new OgcUrls(base, base + PATH);
    }

    String landingPage() {
        return root;
    }

    String api() {
        return root + "/api";
    }

    String conformance() {
        return root + "/conformance";
    }

    String collections() {
        return root + "/collections";
    }

    String collection(OgcCollection collection) {
        return collections() + "/" + collection.id();
    }

    String items(OgcCollection collection) {
        return collection(collection) + "/items";
    }

    String item(OgcCollection collection, String code) {
        return items(collection) + "/" + code;
    }

    /** The revisions of a unit in the grid history API. */
    String history(String code) {
        return base + "/api/v1/grid-history/" + code;
    }
}
