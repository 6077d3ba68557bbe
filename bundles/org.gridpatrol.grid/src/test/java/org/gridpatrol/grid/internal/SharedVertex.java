package org.gridpatrol.grid.internal;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A vertex that sibling micro-grids share (a junction of two or more), away from their grid's boundary:
 * moving it in all of them keeps the tiling, moving it in one opens a gap and an overlap.
 */
record SharedVertex(List<GridUnit> sharing, Coordinate vertex) {

    static final double METRES_PER_DEGREE_LAT = 110_790;

    /** The first such vertex of the hierarchy, in its order. */
    static SharedVertex find(List<GridUnit> units) {
        for (GridUnit grid : units.stream().filter(unit -> unit.level() == AdminLevel.GRID).toList()) {
            List<GridUnit> children = units.stream().filter(unit -> grid.code().equals(unit.parentCode())).toList();
            Geometry gridBoundary = grid.geometry().getBoundary();
            for (GridUnit child : children) {
                for (Coordinate vertex : child.geometry().getCoordinates()) {
                    if (gridBoundary.distance(Shapes.FACTORY.createPoint(vertex)) == 0) {
                        continue;
                    }
                    List<GridUnit> sharing = children.stream().filter(other -> hasVertex(other, vertex)).toList();
                    if (sharing.size() >= 2) {
                        SharedVertex found = new SharedVertex(sharing, vertex);
                        if (sharing.stream().allMatch(unit -> found.moved(unit, 3).isValid())) {
                            return found;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no vertex shared by micro-grids inside their grid");
    }

    GridUnit first() {
        return sharing.get(0);
    }

    /** A sharing unit that has an edge, not just the vertex, in common with the first. */
    GridUnit edgeNeighbour() {
        return sharing.stream().skip(1)
                .filter(other -> first().geometry().intersection(other.geometry()).getLength() > 0).findFirst()
                .orElseThrow();
    }

    List<String> codes() {
        return sharing.stream().map(GridUnit::code).toList();
    }

    /** Every sharing unit with the vertex moved. */
    List<GridUnit> movedInAll(double metres) {
        return sharing.stream().map(unit -> movedIn(unit, metres)).toList();
    }

    /** {@code unit} with the vertex moved {@code metres} north-east. */
    GridUnit movedIn(GridUnit unit, double metres) {
        return new GridUnit(unit.code(), unit.name(), unit.level(), unit.parentCode(), moved(unit, metres),
                unit.worker());
    }

    Coordinate movedVertex(double metres) {
        double north = metres / Math.sqrt(2) / METRES_PER_DEGREE_LAT;
        double east = metres / Math.sqrt(2) / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(vertex.y)));
        return new Coordinate(vertex.x + east, vertex.y + north);
    }

    /** Distance in metres (locally flat) from the vertex to the nearest point of {@code geometry}. */
    double metresFrom(Geometry geometry) {
        Geometry scaled = Shapes.FACTORY.createGeometry(geometry);
        double lonScale = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(vertex.y));
        scaled.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = (c.x - vertex.x) * lonScale;
            c.y = (c.y - vertex.y) * METRES_PER_DEGREE_LAT;
        });
        scaled.geometryChanged();
        return scaled.distance(Shapes.FACTORY.createPoint(new Coordinate(0, 0)));
    }

    private MultiPolygon moved(GridUnit unit, double metres) {
        Coordinate target = movedVertex(metres);
        MultiPolygon copy = (MultiPolygon) unit.geometry().copy();
        List<Coordinate> changed = new ArrayList<>();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            if (c.equals2D(vertex)) {
                c.x = target.x;
                c.y = target.y;
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
