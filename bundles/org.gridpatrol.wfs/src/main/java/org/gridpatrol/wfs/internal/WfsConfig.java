package org.gridpatrol.wfs.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol WFS", description = "The WFS 2.0/1.1/1.0 endpoint at /wfs, with transactions")
public @interface WfsConfig {

    String PID = "org.gridpatrol.wfs";

    @AttributeDefinition(description = "Largest request body in bytes; larger ones are refused")
    int maxRequestBytes() default 16 * 1024 * 1024;

    @AttributeDefinition(description = "Features per GetFeature answer when the client asks for no count, and the "
            + "most it may ask for")
    int maxFeatures() default 10_000;

    @AttributeDefinition(description = "Treat a feature id without version (micro-grids.<code>) in an Update or "
            + "Delete as based on the current version. Off: such edits are refused and the client must reload")
    boolean acceptUnversionedIds() default false;

    @AttributeDefinition(description = "Seconds in which an Update based on an older version is still accepted "
            + "when all changes since were made by the same user to other fields (QGIS saves attributes and "
            + "geometry as two transactions); 0 turns this off")
    int sameAuthorMergeSeconds() default 300;

    @AttributeDefinition(description = "Answer exception reports to WFS 1.0/1.1 requests with HTTP 200 instead of "
            + "4xx, for old clients that only read the body")
    boolean legacyExceptionStatusOk() default false;

    @AttributeDefinition(description = "Revision comment when a Transaction has no handle attribute")
    String defaultComment() default "WFS-T edit";
}
