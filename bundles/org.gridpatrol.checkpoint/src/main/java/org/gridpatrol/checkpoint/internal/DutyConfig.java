package org.gridpatrol.checkpoint.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol checkpoint duty watch",
        description = "Checks running shifts and reports checkpoints left without their rostered staff")
public @interface DutyConfig {

    String PID = "org.gridpatrol.checkpoint.duty";

    @AttributeDefinition(description = "Seconds between two checks of the running shifts (5 to 3600)")
    int checkSeconds() default 30;

    @AttributeDefinition(description = "Minutes a running shift may go without any rostered unit present before "
            + "the checkpoint is reported unstaffed (0 to 240)")
    int graceMinutes() default 5;

    @AttributeDefinition(description = "A rostered unit inside the checkpoint counts as present only if its last"
            + " report is at most this many minutes old (1 to 1440; Traccar Client reports every 5 min by default)")
    int presenceMaxAgeMinutes() default 15;
}
