package org.gridpatrol.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the console and HTTP API, PID {@code org.gridpatrol.web} ({@code etc/org.gridpatrol.web.cfg}). */
@ObjectClassDefinition(name = "GridPatrol web console and API", description = "Login realm, sessions and the map background")
public @interface WebConfig {

    String PID = "org.gridpatrol.web";

    @AttributeDefinition(description = "JAAS realm that authenticates console and API users")
    String realm() default "karaf";

    @AttributeDefinition(description = "Minutes a console session lives without requests", min = "1", max = "1440")
    int sessionTimeoutMinutes() default 120;

    @AttributeDefinition(description = "Background map: none (drawn from the dataset), xyz or wmts")
    String basemapType() default "none";

    @AttributeDefinition(description = "Tile URL template for xyz ({x},{y},{z}) or the WMTS GetTile template, e.g. Tianditu's")
    String basemapUrl() default "";

    @AttributeDefinition(description = "Attribution shown for the background map")
    String basemapAttribution() default "";

    @AttributeDefinition(description = "Initial map centre longitude (CGCS2000)")
    double centerLon() default 120.5;

    @AttributeDefinition(description = "Initial map centre latitude (CGCS2000)")
    double centerLat() default 27.78;

    @AttributeDefinition(description = "Initial map zoom level (web mercator)", min = "1", max = "20")
    int zoom() default 11;
}
