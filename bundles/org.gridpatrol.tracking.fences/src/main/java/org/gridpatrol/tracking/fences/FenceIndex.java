package org.gridpatrol.tracking.fences;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.fences.internal.IndexedFence;
import org.gridpatrol.tracking.fences.internal.LocalFrame;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * All fences, spatially indexed: an STRtree over prepared geometries. Immutable and thread-safe once
 * constructed; build a new one when fences change.
 */
public final class FenceIndex {

    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private final STRtree tree = new STRtree();
    private final Map<String, IndexedFence> byId;

    /** @throws IllegalArgumentException on duplicate ids or an area that is not a non-empty (multi)polygon */
    public FenceIndex(Collection<Fence> fences) {
        Map<String, IndexedFence> indexed = new HashMap<>();
        for (Fence fence : fences) {
            Geometry area = fence.area();
            if (!(area instanceof Polygon || area instanceof MultiPolygon) || area.isEmpty()) {
                throw new IllegalArgumentException("fence " + fence.id() + ": area must be a non-empty polygon");
            }
            IndexedFence entry = new IndexedFence(fence);
            if (indexed.putIfAbsent(fence.id(), entry) != null) {
                throw new IllegalArgumentException("duplicate fence id " + fence.id());
            }
            tree.insert(area.getEnvelopeInternal(), entry);
        }
        tree.build();
        this.byId = Map.copyOf(indexed);
    }

    public int size() {
        return byId.size();
    }

    public Optional<Fence> fence(String id) {
        return Optional.ofNullable(byId.get(id)).map(IndexedFence::fence);
    }

    /** Ids of the fences containing the point; a point on a boundary is inside. */
    public Set<String> containing(double lon, double lat) {
        Point point = point(lon, lat);
        SortedSet<String> ids = new TreeSet<>();
        visit(point.getEnvelopeInternal(), entry -> {
            if (entry.covers(point)) {
                ids.add(entry.id());
            }
        });
        return Collections.unmodifiableSortedSet(ids);
    }

    /** Ids of the fences the straight segment between two points touches (a point if they are equal). */
    public Set<String> crossedBy(double lon1, double lat1, double lon2, double lat2) {
        if (lon1 == lon2 && lat1 == lat2) {
            return containing(lon1, lat1);
        }
        Geometry segment = LON_LAT.createLineString(
                new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
        SortedSet<String> ids = new TreeSet<>();
        visit(segment.getEnvelopeInternal(), entry -> {
            if (entry.prepared().intersects(segment)) {
                ids.add(entry.id());
            }
        });
        return Collections.unmodifiableSortedSet(ids);
    }

    /** Fences whose envelope comes within {@code metres} of the point: the only ones that can hold it. */
    List<IndexedFence> near(double lon, double lat, double metres) {
        LocalFrame frame = LocalFrame.at(lon, lat);
        // A little slack so that rounding never drops a fence exactly at the hysteresis distance.
        double dLon = metres * 1.01 / frame.metresPerDegreeLon();
        double dLat = metres * 1.01 / frame.metresPerDegreeLat();
        List<IndexedFence> near = new ArrayList<>();
        visit(new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat), near::add);
        return near;
    }

    static Point point(double lon, double lat) {
        if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
            throw new IllegalArgumentException("position out of range: " + lon + ", " + lat);
        }
        return LON_LAT.createPoint(new Coordinate(lon, lat));
    }

    private void visit(Envelope envelope, Consumer<IndexedFence> action) {
        tree.query(envelope, item -> action.accept((IndexedFence) item));
    }
}
