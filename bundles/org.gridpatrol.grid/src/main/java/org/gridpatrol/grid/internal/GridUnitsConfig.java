package org.gridpatrol.grid.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol grid units", description = "Storage and validation of the unit hierarchy")
public @interface GridUnitsConfig {

    String PID = "org.gridpatrol.grid.units";

    @AttributeDefinition(description = "How far, in metres, a unit may stick out of its parent "
            + "(digitising slack on shared boundaries)")
    double parentToleranceMetres() default 0.05;
}
