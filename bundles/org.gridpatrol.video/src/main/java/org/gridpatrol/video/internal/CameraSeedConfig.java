package org.gridpatrol.video.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "GridPatrol demo cameras",
        description = "Imports a camera CSV when the register holds no cameras yet")
public @interface CameraSeedConfig {

    String PID = "org.gridpatrol.video.seed";

    @AttributeDefinition(description = "Camera CSV (header code,name,type,lon,lat,heading,fov,range,height,"
            + "main_url,sub_url); ${karaf.home} is replaced by the Karaf home folder, in this name and in the "
            + "file's stream addresses. When the file does not exist, the demo list built into the bundle is used")
    String file() default "${karaf.home}/video/demo-cameras.csv";

    @AttributeDefinition(description = "Whether to import the file into an empty register")
    boolean enabled() default true;
}
