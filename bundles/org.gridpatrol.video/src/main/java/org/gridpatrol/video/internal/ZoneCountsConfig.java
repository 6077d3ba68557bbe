package org.gridpatrol.video.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol video zone counts",
        description = "How per-zone people counts are summarised over time and how long the summaries are kept")
public @interface ZoneCountsConfig {

    String PID = "org.gridpatrol.video.counts";

    @AttributeDefinition(description = "Summaries of buckets that started more than this many days ago are deleted, "
            + "at start and once a day (1 to 3650)")
    int retentionDays() default 30;

    @AttributeDefinition(description = "Length of one summary bucket in seconds (10 to 3600); buckets are aligned to "
            + "the epoch, so 60 gives whole minutes. Changing it leaves earlier buckets at their old length")
    int bucketSeconds() default 60;
}
