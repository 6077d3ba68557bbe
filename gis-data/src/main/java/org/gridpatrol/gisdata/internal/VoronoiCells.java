package org.gridpatrol.gisdata.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/** Voronoi cells of seed points, clipped to the area they subdivide, in full floating precision. */
final class VoronoiCells {

    /** Floating precision: these cells are only drafts, the exact geometry comes from the level noding. */
    private static final GeometryFactory FLOATING = new GeometryFactory();

    private VoronoiCells() {
    }

    /** One clipped cell per seed, in seed order. Seeds must be distinct. */
    static List<Geometry> clipped(Geometry area, List<Coordinate> seeds) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seeds.stream().map(Coordinate::copy).toList());
        // The subdivision's cells are bounded by its frame, far outside the area: clipping them to an
        // envelope first (what getDiagram does) would only double the overlay work.
        @SuppressWarnings("unchecked")
        List<Geometry> diagram = builder.getSubdivision().getVoronoiCellPolygons(FLOATING);

        Map<Coordinate, Geometry> cellBySeed = new HashMap<>();
        for (Geometry cell : diagram) {
            cellBySeed.put((Coordinate) cell.getUserData(), cell);
        }
        Geometry floatingArea = FLOATING.createGeometry(area);
        PreparedGeometry preparedArea = PreparedGeometryFactory.prepare(floatingArea);
        List<Geometry> cells = new ArrayList<>(seeds.size());
        for (Coordinate seed : seeds) {
            Geometry cell = cellBySeed.get(seed);
            if (cell == null) {
                throw new IllegalStateException("no Voronoi cell for seed " + seed);
            }
            // inner cells need no overlay, which is the expensive part
            cells.add(preparedArea.containsProperly(cell)
                    ? cell
                    : OverlayNGRobust.overlay(cell, floatingArea, OverlayNG.INTERSECTION));
        }
        return cells;
    }
}
