package org.gridpatrol.geo.internal;

import org.gridpatrol.geo.api.Measurement;
import org.locationtech.jts.geom.Geometry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Measures lon/lat geometries in the CGCS2000 3° Gauss-Krüger zone of their centroid. */
@Component(service = Measurement.class)
public class GaussKrugerMeasurement implements Measurement {

    /** CM 120°E, the zone of Zhejiang: loaded at activation so the first request finds it ready. */
    private static final int ZHEJIANG_ZONE_EPSG = 4549;

    private final GaussKrugerProjector projector;

    @Activate
    public GaussKrugerMeasurement() {
        projector = new GaussKrugerProjector();
        projector.prepare(ZHEJIANG_ZONE_EPSG);
    }

    @Override
    public double areaSquareMetres(Geometry lonLatGeometry) {
        return lonLatGeometry.isEmpty() ? 0 : toProjected(lonLatGeometry).getArea();
    }

    @Override
    public double lengthMetres(Geometry lonLatGeometry) {
        return lonLatGeometry.isEmpty() ? 0 : toProjected(lonLatGeometry).getLength();
    }

    @Override
    public Geometry toProjected(Geometry lonLatGeometry) {
        if (lonLatGeometry.isEmpty()) {
            return lonLatGeometry.copy();
        }
        return projector.project(lonLatGeometry, GaussKrugerProjector.zoneEpsg(lonLatGeometry));
    }

    @Override
    public int gaussKrugerEpsg(double lon) {
        return GaussKrugerProjector.zoneEpsg(lon);
    }
}
