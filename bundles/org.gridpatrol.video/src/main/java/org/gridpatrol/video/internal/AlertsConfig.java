package org.gridpatrol.video.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol video alerts", description = "How long video alerts and their snapshots are kept")
public @interface AlertsConfig {

    String PID = "org.gridpatrol.video.alerts";

    @AttributeDefinition(description = "Alerts that started more than this many days ago are deleted, "
            + "at start and once a day (1 to 3650)")
    int retentionDays() default 30;
}
