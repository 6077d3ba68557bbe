package org.gridpatrol.store.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

@ObjectClassDefinition(
        id = StoreConfig.PID,
        name = "GridPatrol spatial store",
        description = "The spatial database: embedded H2GIS (default) or PostgreSQL/PostGIS.")
public @interface StoreConfig {

    String PID = "org.gridpatrol.store";

    @AttributeDefinition(
            description = "Database kind.",
            options = {@Option(label = "Embedded H2GIS", value = "h2gis"), @Option(label = "PostGIS", value = "postgis")})
    String dialect() default "h2gis";

    @AttributeDefinition(
            required = false,
            description = "JDBC URL. Empty: for h2gis jdbc:h2:file:${karaf.data}/gridpatrol/store (H2 URLs get"
                    + " WRITE_DELAY=0 unless they set it, so a commit is on disk when it returns);"
                    + " required for postgis (jdbc:postgresql://host:5432/db).")
    String url() default "";

    @AttributeDefinition(required = false, description = "Database user (may also be given in the URL).")
    String user() default "";

    /** Key {@code .password}: the leading dot keeps it out of the service properties anyone can list. */
    @AttributeDefinition(required = false, type = AttributeType.PASSWORD,
            description = "Database password (configuration key .password).")
    String _password() default "";

    @AttributeDefinition(min = "1", max = "200", description = "Largest number of pooled connections.")
    int maxPoolSize() default 8;
}
