package org.gridpatrol.tracking.internal.live;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The console's live event stream, PID {@value #PID}. */
@ObjectClassDefinition(name = "GridPatrol live events", description = "Server-Sent Events at /live/events")
public @interface LiveEventsConfig {

    String PID = "org.gridpatrol.tracking.live";

    @AttributeDefinition(description = "Messages waiting per client; a client that falls further behind is "
            + "disconnected (its browser reconnects) (1 to 100000)")
    int clientBufferMessages() default 1000;

    @AttributeDefinition(description = "Seconds between keepalive comments (1 to 300)")
    int keepaliveSeconds() default 15;

    @AttributeDefinition(description = "Connected clients at most; more get 503 (1 to 10000)")
    int maxClients() default 200;
}
