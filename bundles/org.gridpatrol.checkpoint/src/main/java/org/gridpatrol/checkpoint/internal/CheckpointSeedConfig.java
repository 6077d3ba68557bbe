package org.gridpatrol.checkpoint.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol demo checkpoints",
        description = "Loads a GeoJSON list of checkpoints when the register holds none yet")
public @interface CheckpointSeedConfig {

    String PID = "org.gridpatrol.checkpoint.seed";

    @AttributeDefinition(description = "GeoJSON FeatureCollection; properties code, name, level, shape, sizeMetres; "
            + "geometry Point (CIRCLE), Polygon (POLYGON) or LineString (CORRIDOR). ${karaf.home} is replaced by "
            + "the Karaf home folder")
    String checkpointsFile() default "${karaf.home}/gis-data/checkpoints.geojson";

    @AttributeDefinition(description = "Whether to load the file into an empty register")
    boolean enabled() default true;
}
