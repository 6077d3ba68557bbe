package org.gridpatrol.tracking.internal.osmand;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = OsmAndConfig.PID, name = "GridPatrol OsmAnd / Traccar Client receiver",
        description = "The HTTP port trackers such as Traccar Client report positions to (no login, as in Traccar)")
public @interface OsmAndConfig {

    String PID = "org.gridpatrol.tracking.osmand";

    @AttributeDefinition(description = "Whether to listen at all")
    boolean enabled() default true;

    @AttributeDefinition(min = "0", max = "65535", description = "TCP port (Traccar's OsmAnd port is 5055; 0: any free port)")
    int port() default 5055;

    @AttributeDefinition(description = "Address to listen on; 0.0.0.0 for every interface")
    String host() default "0.0.0.0";

    @AttributeDefinition(min = "1", max = "512",
            description = "Threads answering requests; each waits for its report's commit, so allow for concurrent trackers")
    int threads() default 64;
}
