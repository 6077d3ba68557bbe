package org.gridpatrol.ogc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol OGC API Features",
        description = "The /ogc endpoint: OGC API Features Part 1 reads and Part 4 writes of the grid hierarchy")
public @interface OgcConfig {

    String PID = "org.gridpatrol.ogc";

    @AttributeDefinition(description = "Largest body of a feature write (POST, PUT, PATCH) in bytes; "
            + "larger ones are refused with 413 before they are parsed")
    int maxFeatureBytes() default 4 * 1024 * 1024;
}
