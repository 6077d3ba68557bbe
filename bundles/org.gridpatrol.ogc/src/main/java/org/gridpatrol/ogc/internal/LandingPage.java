package org.gridpatrol.ogc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The landing page and the conformance declaration. */
final class LandingPage {

    static final String CONF_CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String CONF_GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String CONF_OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";
    /** Part 4: POST, PUT and DELETE of features. */
    static final String CONF_CREATE_REPLACE_DELETE =
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete";
    /** Part 4: PATCH of features. */
    static final String CONF_UPDATE = "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update";

    private LandingPage() {
    }

    static Map<String, Object> landingPage(OgcUrls urls) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "GridPatrol 网格化管理 OGC API - Features");
        page.put("description", "The grid hierarchy (county, town, community, grid, micro-grid) as OGC API - Features"
                + " collections, GeoJSON in CRS84 (lon/lat). Editors (role gis-editor) create, replace, update and"
                + " delete features (Part 4), with If-Match and topology rules.");
        page.put("links", List.of(
                new Link(urls.landingPage(), "self", Link.JSON, "This document"),
                new Link(urls.api(), "service-desc", Link.OPENAPI_JSON, "The API definition (OpenAPI 3.0)"),
                new Link(urls.conformance(), "conformance", Link.JSON, "Conformance classes implemented"),
                new Link(urls.collections(), "data", Link.JSON, "The feature collections")));
        return page;
    }

    static Map<String, Object> conformance() {
        return Map.of("conformsTo",
                List.of(CONF_CORE, CONF_GEOJSON, CONF_OAS30, CONF_CREATE_REPLACE_DELETE, CONF_UPDATE));
    }
}
