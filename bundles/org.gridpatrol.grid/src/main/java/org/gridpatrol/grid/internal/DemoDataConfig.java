package org.gridpatrol.grid.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol demo grid data",
        description = "Loads a GeoJSON unit hierarchy when the store holds no units yet")
public @interface DemoDataConfig {

    String PID = "org.gridpatrol.grid.seed";

    @AttributeDefinition(description = "GeoJSON FeatureCollection of units, parents first; "
            + "${karaf.home} is replaced by the Karaf home folder")
    String file() default "${karaf.home}/gis-data/rui-an-demo.geojson";

    @AttributeDefinition(description = "Whether to load the file into an empty store")
    boolean enabled() default true;
}
