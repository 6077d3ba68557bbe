package org.gridpatrol.tracking.internal.positions;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = PositionsConfig.PID, name = "GridPatrol position ingest",
        description = "Validation, group-commit writing and retention of patrol unit positions")
public @interface PositionsConfig {

    String PID = "org.gridpatrol.tracking.positions";

    @AttributeDefinition(min = "1", max = "100000", description = "Most reports accepted in one batch (REST answers 413 above it)")
    int maxBatch() default 1000;

    @AttributeDefinition(min = "0", max = "86400",
            description = "How far ahead of the server clock a report's time may be, in seconds (device clocks drift)")
    int maxFutureSeconds() default 300;

    @AttributeDefinition(min = "1", max = "3650",
            description = "Days positions are kept; older ones are deleted hourly and refused when reported")
    int retentionDays() default 30;

    @AttributeDefinition(min = "1", max = "100000",
            description = "Most rows the writer commits in one transaction (one caller's batch is never split)")
    int writerMaxRows() default 500;

    @AttributeDefinition(min = "0", max = "1000",
            description = "How long the writer waits for more callers' reports before committing, in milliseconds")
    int writerLingerMillis() default 2;
}
