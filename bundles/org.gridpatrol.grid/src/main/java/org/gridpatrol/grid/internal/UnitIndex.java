package org.gridpatrol.grid.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable snapshot of the hierarchy for locating points: an STR-tree of the leaf units (those
 * without children, usually micro-grids) and the units by code to walk up to the county. Safe for
 * concurrent readers once built.
 */
final class UnitIndex {

    private final Map<String, GridUnit> unitsByCode;
    private final STRtree leaves = new STRtree();
    private final int leafCount;
    private final GeometryFactory pointFactory = new GeometryFactory();

    private record Leaf(GridUnit unit, PreparedGeometry area) {
    }

    private UnitIndex(Collection<GridUnit> units) {
        unitsByCode = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (GridUnit unit : units) {
            unitsByCode.put(unit.code(), unit);
            if (unit.parentCode() != null) {
                parents.add(unit.parentCode());
            }
        }
        int count = 0;
        for (GridUnit unit : unitsByCode.values()) {
            if (!parents.contains(unit.code()) && unit.geometry() != null && !unit.geometry().isEmpty()) {
                leaves.insert(unit.geometry().getEnvelopeInternal(),
                        new Leaf(unit, PreparedGeometryFactory.prepare(unit.geometry())));
                count++;
            }
        }
        leaves.build(); // built here, so that queries never modify the tree
        leafCount = count;
    }

    static UnitIndex of(Collection<GridUnit> units) {
        return new UnitIndex(units);
    }

    int unitCount() {
        return unitsByCode.size();
    }

    int leafCount() {
        return leafCount;
    }

    /** The chain of the leaf covering the point; on a shared edge, the leaf with the lowest code. */
    Optional<GridChain> locate(double lon, double lat) {
        if (leafCount == 0) {
            return Optional.empty();
        }
        Point point = pointFactory.createPoint(new Coordinate(lon, lat));
        GridUnit found = null;
        for (Object candidate : leaves.query(new Envelope(lon, lon, lat, lat))) {
            Leaf leaf = (Leaf) candidate;
            if ((found == null || leaf.unit().code().compareTo(found.code()) < 0) && leaf.area().covers(point)) {
                found = leaf.unit();
            }
        }
        return Optional.ofNullable(found).map(this::chainOf);
    }

    /** The unit and its ancestors, deepest first; stops at a missing parent or after the county. */
    GridChain chainOf(GridUnit unit) {
        List<GridUnit> chain = new ArrayList<>(AdminLevel.values().length);
        GridUnit current = unit;
        while (current != null && chain.size() < AdminLevel.values().length) {
            chain.add(current);
            current = current.parentCode() == null ? null : unitsByCode.get(current.parentCode());
        }
        return new GridChain(chain);
    }
}
