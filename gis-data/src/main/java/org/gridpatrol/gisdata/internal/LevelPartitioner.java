package org.gridpatrol.gisdata.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Cuts every unit of one level into its children in one go, so that the result is an exact coverage.
 *
 * <p>Clipping each Voronoi cell on its own would snap-round each cell separately: an edge shared by two
 * cells (or by two parents) could then be rounded differently on each side, leaving centimetre gaps and
 * overlaps. Instead the linework of all clipped cells and all parent boundaries of the level is noded once,
 * with snap rounding on the 1e-7 grid, and polygonized; every face is then handed to the cell it lies in.
 * Neighbouring faces share identical vertices, so dissolving them never moves a coordinate. Parent edges
 * may gain a vertex (rounded by at most 1e-7 degrees), so parents are re-derived from their children
 * afterwards ({@link HierarchyBuilder}).
 */
final class LevelPartitioner {

    private LevelPartitioner() {
    }

    /**
     * @param parents one geometry per parent
     * @param seeds   for each parent, the seeds of its children, in child order
     * @return for each parent, the children's geometries in seed order, on the output grid
     */
    static List<List<Geometry>> partition(List<Geometry> parents, List<List<Coordinate>> seeds) {
        List<Cell> cells = new ArrayList<>();
        List<Geometry> linework = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            linework.add(parents.get(p).getBoundary());
            List<Geometry> clipped = VoronoiCells.clipped(parents.get(p), seeds.get(p));
            for (int c = 0; c < clipped.size(); c++) {
                cells.add(new Cell(cells.size(), p, clipped.get(c)));
                linework.add(clipped.get(c).getBoundary());
            }
        }
        List<Polygon> allFaces = faces(linework);
        int[] allOwners = assign(allFaces, cells, parents);
        int[] kept = IntStream.range(0, allFaces.size()).filter(f -> allOwners[f] >= 0).toArray();
        List<Polygon> faces = Arrays.stream(kept).mapToObj(allFaces::get).toList();
        int[] owner = Arrays.stream(kept).map(f -> allOwners[f]).toArray();
        SmallPartMerger.merge(faces, owner, cells.stream().mapToInt(Cell::parent).toArray());
        return dissolve(parents.size(), seeds, cells, faces, owner);
    }

    /** Faces of the noded arrangement of all the linework. */
    @SuppressWarnings("unchecked")
    private static List<Polygon> faces(List<Geometry> linework) {
        Geometry noded = UnaryUnionNG.union(Geometries.FACTORY.buildGeometry(linework), Geometries.PRECISION);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        return new ArrayList<>((Collection<Polygon>) polygonizer.getPolygons());
    }

    /**
     * The cell each face lies in: the one containing an interior point, else (rounding specks) the nearest.
     * Faces outside every parent (holes in a parent) get -1.
     */
    private static int[] assign(List<Polygon> faces, List<Cell> cells, List<Geometry> parents) {
        STRtree cellIndex = new STRtree();
        for (Cell cell : cells) {
            cellIndex.insert(cell.geometry().getEnvelopeInternal(), cell);
        }
        int[] owner = new int[faces.size()];
        for (int f = 0; f < faces.size(); f++) {
            Point inside = faces.get(f).getInteriorPoint();
            Cell containing = containingCell(cellIndex, inside);
            if (containing != null) {
                owner[f] = containing.index();
            } else {
                owner[f] = parents.stream().anyMatch(parent -> parent.covers(inside))
                        ? nearestCell(cellIndex, inside).index()
                        : -1;
            }
        }
        return owner;
    }

    @SuppressWarnings("unchecked")
    private static Cell containingCell(STRtree index, Point point) {
        for (Cell cell : (List<Cell>) index.query(point.getEnvelopeInternal())) {
            if (cell.geometry().contains(point)) {
                return cell;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Cell nearestCell(STRtree index, Point point) {
        double reach = 1e-7;
        while (true) {
            Envelope search = new Envelope(point.getCoordinate());
            search.expandBy(reach);
            Cell best = null;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Cell cell : (List<Cell>) index.query(search)) {
                double distance = cell.geometry().distance(point);
                if (distance < bestDistance || (distance == bestDistance && cell.index() < best.index())) {
                    best = cell;
                    bestDistance = distance;
                }
            }
            if (best != null && bestDistance <= reach) {
                return best;
            }
            reach *= 10;
        }
    }

    private static List<List<Geometry>> dissolve(int parentCount, List<List<Coordinate>> seeds, List<Cell> cells,
            List<Polygon> faces, int[] owner) {
        List<List<Polygon>> facesByCell = new ArrayList<>(cells.size());
        cells.forEach(cell -> facesByCell.add(new ArrayList<>()));
        for (int f = 0; f < faces.size(); f++) {
            facesByCell.get(owner[f]).add(faces.get(f));
        }
        List<List<Geometry>> children = new ArrayList<>(parentCount);
        int next = 0;
        for (int p = 0; p < parentCount; p++) {
            List<Geometry> ofParent = new ArrayList<>();
            for (int c = 0; c < seeds.get(p).size(); c++, next++) {
                List<Polygon> pieces = facesByCell.get(next);
                if (pieces.isEmpty()) {
                    throw new IllegalStateException("cell " + c + " of parent " + p + " received no face");
                }
                ofParent.add(Geometries.coverageUnion(pieces));
            }
            children.add(ofParent);
        }
        return children;
    }

    /** A clipped Voronoi cell (floating precision), its global index and the index of its parent. */
    record Cell(int index, int parent, Geometry geometry) {
    }
}
