package org.gridpatrol.tracking.internal.fences;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Fence evaluation, PID {@value #PID} ({@code etc/org.gridpatrol.tracking.fences.cfg}). */
@ObjectClassDefinition(name = "GridPatrol fence pipeline",
        description = "Debouncing of fence transitions and the workers that evaluate positions")
public @interface FencePipelineConfig {

    String PID = "org.gridpatrol.tracking.fences";

    @AttributeDefinition(description = "Consecutive reports inside (outside) before ENTER (EXIT), 1 to 100")
    int inertiaReports() default 2;

    @AttributeDefinition(description = "Reports this close to a fence's boundary count neither way, metres (0 to 1000)")
    double hysteresisMetres() default 5;

    @AttributeDefinition(description = "Time inside a fence before one DWELL per stay, minutes (more than 0, at most 1440)")
    double dwellMinutes() default 10;

    @AttributeDefinition(description = "Threads evaluating positions; units are spread over them by code (1 to 64)")
    int workers() default 2;

    @AttributeDefinition(description = "Positions waiting per worker; more are counted as dropped and logged (1 to 1000000)")
    int queueCapacity() default 10_000;

    @AttributeDefinition(description = "Quiet time after a fence change before the index is rebuilt, ms (0 to 60000)")
    long rebuildDelayMillis() default 500;
}
