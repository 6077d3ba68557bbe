package org.gridpatrol.grid.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol grid topology rules",
        description = "Tolerances of the rules every boundary edit and the validate-all report are checked against")
public @interface GridRulesConfig {

    String PID = "org.gridpatrol.grid.rules";

    @AttributeDefinition(description = "A gap inside a parent counts when wider than this many metres")
    double gapToleranceMetres() default 0.05;

    @AttributeDefinition(description = "An overlap of siblings, or a child outside its parent, counts when "
            + "wider than this many metres")
    double overlapToleranceMetres() default 0.05;

    @AttributeDefinition(description = "A unit smaller than this many square metres is a sliver")
    double minAreaSquareMetres() default 50;
}
