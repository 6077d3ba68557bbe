package org.gridpatrol.tracking.internal.fences;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Which grid units are fences, PID {@value #PID}. */
@ObjectClassDefinition(name = "GridPatrol grid fences", description = "Grid units tracked as fences")
public @interface GridFencesConfig {

    String PID = "org.gridpatrol.tracking.gridfences";

    @AttributeDefinition(description = "Levels whose units are fences: COUNTY, TOWN, COMMUNITY, GRID, MICRO_GRID "
            + "(or their ids, e.g. micro-grid)")
    String[] levels() default {"GRID", "MICRO_GRID"};
}
