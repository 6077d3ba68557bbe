package org.gridpatrol.ogc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The landing page and the conformance declaration. */
final class LandingPage {

    static final String CONF_CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String CONF_GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String CONF_OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";

    private LandingPage() {
    }

    static Map<String, Object> landingPage(OgcUrls urls) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "GridPatrol 网格化管理 OGC API - Features");
        page.put("description", "The grid hierarchy (county, town, community, grid, micro-grid) as OGC API - Features"
                + " collections, GeoJSON in CRS84 (lon/lat).");
        page.put("links", List.of(
                new Link(urls.landingPage(), "self", Link.JSON, "This document"),
                new Link(urls.api(), "service-desc", Link.OPENAPI_JSON, "The API definition (OpenAPI 3.0)"),
                new Link(urls.conformance(), "conformance", Link.JSON, "Conformance classes implemented"),
                new Link(urls.collections(), "data", Link.JSON, "The feature collections")));
        return page;
    }

    static Map<String, Object> conformance() {
        return Map.of("conformsTo", List.of(CONF_CORE, CONF_GEOJSON, CONF_OAS30));
    }
}
