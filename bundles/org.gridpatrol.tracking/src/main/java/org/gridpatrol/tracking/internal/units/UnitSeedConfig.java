package org.gridpatrol.tracking.internal.units;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = UnitSeedConfig.PID, name = "GridPatrol demo patrol units",
        description = "Loads a patrol unit CSV once, when the register holds no units yet")
public @interface UnitSeedConfig {

    String PID = "org.gridpatrol.tracking.seed";

    @AttributeDefinition(required = false, description = "Unit CSV with header code,name,kind,team,home_grid_code,"
            + "phone,device_id,status (UTF-8 or GBK); ${karaf.home} is replaced by the Karaf home folder. Empty: no seed")
    String unitsFile() default "";
}
