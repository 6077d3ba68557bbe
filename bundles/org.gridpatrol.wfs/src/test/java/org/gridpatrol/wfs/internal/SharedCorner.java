package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A vertex shared by sibling micro-grids inside their grid (not on the grid's boundary): moving it in all
 * of them keeps the tiling; moving it in one opens a gap and an overlap.
 */
record SharedCorner(List<GridUnit> sharing, Coordinate vertex) {

    static final double METRES_PER_DEGREE_LAT = 110_790;

    static SharedCorner find(List<GridUnit> units) {
        for (GridUnit grid : units.stream().filter(unit -> unit.level() == AdminLevel.GRID).toList()) {
            List<GridUnit> children = units.stream().filter(unit -> grid.code().equals(unit.parentCode())).toList();
            Geometry gridBoundary = grid.geometry().getBoundary();
            for (GridUnit child : children) {
                for (Coordinate vertex : child.geometry().getCoordinates()) {
                    if (gridBoundary.distance(GmlGeometryReader.FACTORY.createPoint(vertex)) == 0) {
                        continue;
                    }
                    List<GridUnit> sharing = children.stream().filter(other -> hasVertex(other, vertex)).toList();
                    SharedCorner found = new SharedCorner(sharing, vertex);
                    if (sharing.size() >= 2 && sharing.stream().allMatch(unit -> found.moved(unit, 3).isValid())) {
                        return found;
                    }
                }
            }
        }
        throw new AssertionError("no vertex shared by micro-grids inside their grid");
    }

    GridUnit first() {
        return sharing.get(0);
    }

    /** {@code unit}'s geometry with the vertex moved {@code metres} north-east. */
    MultiPolygon moved(GridUnit unit, double metres) {
        double north = metres / Math.sqrt(2) / METRES_PER_DEGREE_LAT;
        double east = metres / Math.sqrt(2) / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(vertex.y)));
        MultiPolygon copy = (MultiPolygon) unit.geometry().copy();
        List<Coordinate> changed = new ArrayList<>();
        copy.apply((CoordinateFilter) c -> {
            if (c.equals2D(vertex)) {
                c.x = vertex.x + east;
                c.y = vertex.y + north;
                changed.add(c);
            }
        });
        copy.geometryChanged();
        if (changed.isEmpty()) {
            throw new AssertionError(unit.code() + " does not have the vertex " + vertex);
        }
        return copy;
    }

    private static boolean hasVertex(GridUnit unit, Coordinate vertex) {
        for (Coordinate c : unit.geometry().getCoordinates()) {
            if (c.equals2D(vertex)) {
                return true;
            }
        }
        return false;
    }
}
