package org.gridpatrol.geo.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.NoninvertibleTransformException;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Projects CGCS2000 lon/lat geometries into the CGCS2000 3° Gauss-Krüger CM zones and back, with
 * GeoTools. Transforms are immutable, so one cached pair per zone is shared by all threads.
 *
 * <p>Both CRSs are decoded with {@code longitudeFirst = true}: by authority EPSG:4490 is lat/lon
 * and the zones are northing/easting, but the API speaks lon/lat and we want easting/northing.
 */
final class GaussKrugerProjector {

    static final int CGCS2000_EPSG = 4490;
    /** EPSG code of "CGCS2000 / 3-degree Gauss-Kruger CM 75E"; the codes step by one per 3°. */
    private static final int FIRST_ZONE_EPSG = 4534;
    private static final int FIRST_ZONE_CM = 75;
    private static final int LAST_ZONE_CM = 135;
    /** Beyond this from the nearest zone's central meridian the projection is not meaningful. */
    private static final double MAX_DEGREES_FROM_CM = 3.0;

    private static final Logger LOG = LoggerFactory.getLogger(GaussKrugerProjector.class);

    private final CoordinateReferenceSystem lonLat;
    private final ConcurrentMap<Integer, ZoneTransforms> zones = new ConcurrentHashMap<>();

    private record ZoneTransforms(MathTransform forward, MathTransform inverse) {
    }

    /** Decodes EPSG:4490, which builds GeoTools' EPSG database on the first use in the JVM. */
    GaussKrugerProjector() {
        long start = System.nanoTime();
        lonLat = decode(CGCS2000_EPSG);
        LOG.info("EPSG:{} decoded in {} ms (the first use in a JVM unpacks GeoTools' EPSG database)",
                CGCS2000_EPSG, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The EPSG code of the zone whose central meridian, 3°·round(lon/3), is nearest to {@code lon}.
     *
     * @throws IllegalArgumentException when lon is more than 3° outside the zones for China
     */
    static int zoneEpsg(double lon) {
        long centralMeridian = 3 * Math.round(lon / 3);
        long clamped = Math.max(FIRST_ZONE_CM, Math.min(LAST_ZONE_CM, centralMeridian));
        if (!Double.isFinite(lon) || Math.abs(lon - clamped) > MAX_DEGREES_FROM_CM) {
            throw new IllegalArgumentException("longitude " + lon
                    + " is outside the CGCS2000 Gauss-Kruger zones (72°E to 138°E)");
        }
        return FIRST_ZONE_EPSG + (int) (clamped - FIRST_ZONE_CM) / 3;
    }

    /** The zone of the geometry's centroid; the geometry must not be empty. */
    static int zoneEpsg(Geometry lonLatGeometry) {
        if (lonLatGeometry.isEmpty()) {
            throw new IllegalArgumentException("an empty geometry has no Gauss-Kruger zone");
        }
        return zoneEpsg(lonLatGeometry.getCentroid().getX());
    }

    /** Loads the transforms of a zone now, so the first request does not pay for it. */
    void prepare(int zoneEpsg) {
        zone(zoneEpsg);
    }

    Geometry project(Geometry lonLatGeometry, int zoneEpsg) {
        return transform(lonLatGeometry, zone(zoneEpsg).forward(), zoneEpsg);
    }

    Geometry unproject(Geometry projected, int zoneEpsg) {
        return transform(projected, zone(zoneEpsg).inverse(), CGCS2000_EPSG);
    }

    private ZoneTransforms zone(int zoneEpsg) {
        return zones.computeIfAbsent(zoneEpsg, epsg -> {
            try {
                MathTransform forward = CRS.findMathTransform(lonLat, decode(epsg));
                return new ZoneTransforms(forward, forward.inverse());
            } catch (FactoryException | NoninvertibleTransformException e) {
                throw new IllegalStateException("No transform from EPSG:4490 to EPSG:" + epsg, e);
            }
        });
    }

    private static Geometry transform(Geometry geometry, MathTransform transform, int targetSrid) {
        try {
            Geometry result = JTS.transform(geometry, transform);
            result.setSRID(targetSrid);
            return result;
        } catch (TransformException e) {
            throw new IllegalArgumentException("Cannot transform geometry to EPSG:" + targetSrid, e);
        }
    }

    private static CoordinateReferenceSystem decode(int epsg) {
        try {
            return CRS.decode("EPSG:" + epsg, true);
        } catch (FactoryException e) {
            throw new IllegalStateException("GeoTools cannot decode EPSG:" + epsg, e);
        }
    }
}
