package org.gridpatrol.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2gis.api.Function;
import org.h2gis.functions.factory.H2GISFunctions;
import org.h2gis.functions.spatial.aggregate.ST_Collect;
import org.h2gis.functions.spatial.buffer.ST_Buffer;
import org.h2gis.functions.spatial.convert.ST_AsBinary;
import org.h2gis.functions.spatial.convert.ST_AsText;
import org.h2gis.functions.spatial.convert.ST_GeomFromText;
import org.h2gis.functions.spatial.convert.ST_GeomFromWKB;
import org.h2gis.functions.spatial.create.ST_MakeEnvelope;
import org.h2gis.functions.spatial.crs.ST_SetSRID;
import org.h2gis.functions.spatial.operators.ST_Difference;
import org.h2gis.functions.spatial.operators.ST_Intersection;
import org.h2gis.functions.spatial.operators.ST_Union;
import org.h2gis.functions.spatial.predicates.ST_Contains;
import org.h2gis.functions.spatial.predicates.ST_CoveredBy;
import org.h2gis.functions.spatial.predicates.ST_Covers;
import org.h2gis.functions.spatial.predicates.ST_DWithin;
import org.h2gis.functions.spatial.predicates.ST_Disjoint;
import org.h2gis.functions.spatial.predicates.ST_Equals;
import org.h2gis.functions.spatial.predicates.ST_Intersects;
import org.h2gis.functions.spatial.predicates.ST_Overlaps;
import org.h2gis.functions.spatial.predicates.ST_Touches;
import org.h2gis.functions.spatial.predicates.ST_Within;
import org.h2gis.functions.spatial.properties.ST_Area;
import org.h2gis.functions.spatial.properties.ST_Centroid;
import org.h2gis.functions.spatial.properties.ST_Distance;
import org.h2gis.functions.spatial.properties.ST_Envelope;
import org.h2gis.functions.spatial.properties.ST_IsEmpty;
import org.h2gis.functions.spatial.properties.ST_IsValid;
import org.h2gis.functions.spatial.properties.ST_NumGeometries;
import org.h2gis.functions.spatial.properties.ST_PointOnSurface;
import org.h2gis.functions.spatial.properties.ST_SRID;
import org.h2gis.functions.spatial.properties.ST_X;
import org.h2gis.functions.spatial.properties.ST_Y;

/**
 * The H2GIS functions GridPatrol's SQL may use: the portable subset that PostGIS has with the same
 * meaning. Anything outside it fails on H2 with "function not found", which keeps module SQL portable.
 *
 * <p>Why not {@code H2GISFunctions.load(connection)}? Measured on this stack (Java 17, H2 2.3.232,
 * H2GIS 2.2.3, 2 cores): it does work without guava/flatbuffers/commons-compress/jackson (aliases are
 * {@code CREATE FORCE ALIAS}; a class is linked only when its function is called), but on a file
 * database it takes 2.6 s at first start and 0.5 s at every restart (it drops and re-creates 346
 * aliases), writes the 7 MB EPSG table {@code spatial_ref_sys} (database file 7.3 MB before any data),
 * sets the JVM-wide {@code jts.relate=ng} behind every other bundle's back and prints failures to
 * {@code System.err}. Registering this list takes 2-60 ms, leaves the file under 1 MB, touches
 * nothing global, and names only classes whose dependencies (JTS, H2GIS itself) are always present.
 */
final class H2gisFunctions {

    /** New instances each time: H2GIS functions carry a mutable property map. */
    static List<Function> portable() {
        return List.of(
            // conversion
            new ST_GeomFromWKB(), new ST_AsBinary(), new ST_GeomFromText(), new ST_AsText(),
            new ST_SetSRID(), new ST_SRID(),
            // predicates
            new ST_Contains(), new ST_Covers(), new ST_CoveredBy(), new ST_Intersects(), new ST_Within(),
            new ST_Disjoint(), new ST_Touches(), new ST_Overlaps(), new ST_Equals(), new ST_DWithin(),
            // measures and properties (planar, in the units of the SRID)
            new ST_Area(), new ST_Distance(), new ST_IsValid(), new ST_IsEmpty(), new ST_NumGeometries(),
            new ST_X(), new ST_Y(),
            // constructions
            new ST_Envelope(), new ST_MakeEnvelope(), new ST_Buffer(), new ST_Union(), new ST_Intersection(),
            new ST_Difference(), new ST_Centroid(), new ST_PointOnSurface(), new ST_Collect());
    }

    private H2gisFunctions() {
    }

    /**
     * Creates the aliases, replacing ones from an older H2GIS; an alias a table constraint depends on
     * cannot be dropped and is kept as it is (H2GIS logs that at debug).
     */
    static int register(Connection connection) throws SQLException {
        List<Function> functions = portable();
        try (Statement statement = connection.createStatement()) {
            for (Function function : functions) {
                H2GISFunctions.registerFunction(statement, function, "", true);
            }
        }
        return functions.size();
    }
}
