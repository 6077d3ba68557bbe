package org.gridpatrol.gisdata.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Hands small detached parts of a cell (where a convex cell clips a lobe of a non-convex parent, or snap
 * rounding leaves a speck) to the sibling they share the longest edge with. Large detached parts stay:
 * real units have exclaves too.
 */
final class SmallPartMerger {

    /** A detached part smaller than this fraction of its cell's largest part joins a neighbour. */
    static final double SMALL_PART_FRACTION = 0.2;
    private static final int MAX_PASSES = 4;

    private final List<Polygon> faces;
    private final int[] owner;
    private final int[] parentOfCell;
    private final double[] areas;
    private final List<List<LineSegment>> segmentsOfFace = new ArrayList<>();
    private final Map<LineSegment, int[]> facesBySegment = new HashMap<>();

    private SmallPartMerger(List<Polygon> faces, int[] owner, int[] parentOfCell) {
        this.faces = faces;
        this.owner = owner;
        this.parentOfCell = parentOfCell;
        this.areas = faces.stream().mapToDouble(Polygon::getArea).toArray();
        for (int f = 0; f < faces.size(); f++) {
            int face = f;
            List<LineSegment> segments = segments(faces.get(f));
            segmentsOfFace.add(segments);
            segments.forEach(segment -> facesBySegment.merge(segment, new int[] {face}, SmallPartMerger::append));
        }
    }

    /** Rewrites {@code owner} (face index to cell index); {@code parentOfCell} limits merging to siblings. */
    static void merge(List<Polygon> faces, int[] owner, int[] parentOfCell) {
        SmallPartMerger merger = new SmallPartMerger(faces, owner, parentOfCell);
        for (int pass = 0; pass < MAX_PASSES && merger.mergeOnce(); pass++) {
            // each pass sees the parts the previous one produced
        }
    }

    private boolean mergeOnce() {
        int[] part = connectedParts();
        double[] partArea = new double[faces.size()];
        for (int f = 0; f < faces.size(); f++) {
            partArea[part[f]] += areas[f];
        }
        double[] largestPart = new double[parentOfCell.length];
        for (int f = 0; f < faces.size(); f++) {
            largestPart[owner[f]] = Math.max(largestPart[owner[f]], partArea[part[f]]);
        }
        boolean changed = false;
        for (int root = 0; root < faces.size(); root++) {
            if (part[root] == root && partArea[root] < SMALL_PART_FRACTION * largestPart[owner[root]]) {
                int target = longestSharedSibling(root, part);
                if (target >= 0) {
                    int from = owner[root];
                    for (int f = 0; f < faces.size(); f++) {
                        if (part[f] == root && owner[f] == from) {
                            owner[f] = target;
                        }
                    }
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** Union-find over faces of the same cell that share an edge; each face maps to its part's root. */
    private int[] connectedParts() {
        int[] root = new int[faces.size()];
        Arrays.setAll(root, i -> i);
        for (int[] sharing : facesBySegment.values()) {
            for (int i = 1; i < sharing.length; i++) {
                if (owner[sharing[0]] == owner[sharing[i]]) {
                    int a = find(root, sharing[0]);
                    int b = find(root, sharing[i]);
                    root[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        for (int f = 0; f < root.length; f++) {
            root[f] = find(root, f);
        }
        return root;
    }

    private static int find(int[] root, int face) {
        int at = face;
        while (root[at] != at) {
            root[at] = root[root[at]];
            at = root[at];
        }
        return at;
    }

    private int longestSharedSibling(int partRoot, int[] part) {
        int cell = owner[partRoot];
        Map<Integer, Double> sharedLength = new HashMap<>();
        for (int f = 0; f < faces.size(); f++) {
            if (part[f] != partRoot) {
                continue;
            }
            for (LineSegment segment : segmentsOfFace.get(f)) {
                for (int other : facesBySegment.get(segment)) {
                    int otherCell = owner[other];
                    if (otherCell != cell && parentOfCell[otherCell] == parentOfCell[cell]) {
                        sharedLength.merge(otherCell, segment.getLength(), Double::sum);
                    }
                }
            }
        }
        int best = -1;
        double bestLength = 0;
        for (Map.Entry<Integer, Double> entry : sharedLength.entrySet()) {
            double length = entry.getValue();
            if (length > bestLength || (length == bestLength && entry.getKey() < best)) {
                best = entry.getKey();
                bestLength = length;
            }
        }
        return best;
    }

    private static int[] append(int[] existing, int[] more) {
        int[] all = Arrays.copyOf(existing, existing.length + more.length);
        System.arraycopy(more, 0, all, existing.length, more.length);
        return all;
    }

    /** Normalised segments of all rings, so both sides of a shared edge give equal keys. */
    private static List<LineSegment> segments(Polygon polygon) {
        List<LineSegment> segments = new ArrayList<>();
        addSegments(polygon.getExteriorRing(), segments);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            addSegments(polygon.getInteriorRingN(i), segments);
        }
        return segments;
    }

    private static void addSegments(LinearRing ring, List<LineSegment> segments) {
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i + 1 < coordinates.length; i++) {
            LineSegment segment = new LineSegment(coordinates[i], coordinates[i + 1]);
            segment.normalize();
            segments.add(segment);
        }
    }
}
