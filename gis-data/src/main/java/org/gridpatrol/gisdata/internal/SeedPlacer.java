package org.gridpatrol.gisdata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Places seeds for a Voronoi subdivision: random points kept away from the boundary and from each other
 * (so no cell starts as a sliver), then Lloyd relaxation to even out the cell sizes.
 */
final class SeedPlacer {

    private static final int LLOYD_STEPS = 2;
    private static final int TRIES_PER_SEED = 400;
    private static final double BOUNDARY_MARGIN = 0.3;
    private static final double SEED_SPACING = 0.7;

    private SeedPlacer() {
    }

    static List<Coordinate> place(Geometry area, int count, SplittableRandom random) {
        List<Coordinate> seeds = scatter(area, count, random);
        for (int step = 0; step < LLOYD_STEPS; step++) {
            seeds = relax(area, seeds);
        }
        return seeds;
    }

    /** Rejection sampling; the distances are relaxed step by step if the area is too thin for them. */
    private static List<Coordinate> scatter(Geometry area, int count, SplittableRandom random) {
        Envelope envelope = area.getEnvelopeInternal();
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
        IndexedFacetDistance toBoundary = new IndexedFacetDistance(area.getBoundary());
        double spacing = Math.sqrt(area.getArea() / count);
        double relax = 1.0;
        List<Coordinate> seeds = new ArrayList<>(count);
        while (seeds.size() < count) {
            boolean placed = false;
            for (int attempt = 0; attempt < TRIES_PER_SEED && !placed; attempt++) {
                Coordinate candidate = new Coordinate(
                        envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                        envelope.getMinY() + random.nextDouble() * envelope.getHeight());
                placed = inside.locate(candidate) == Location.INTERIOR
                        && toBoundary.distance(Geometries.FACTORY.createPoint(candidate))
                                >= BOUNDARY_MARGIN * spacing * relax
                        && farFromAll(candidate, seeds, SEED_SPACING * spacing * relax);
                if (placed) {
                    seeds.add(candidate);
                }
            }
            if (!placed) {
                relax *= 0.8;
            }
        }
        return seeds;
    }

    private static boolean farFromAll(Coordinate candidate, List<Coordinate> seeds, double minDistance) {
        return seeds.stream().allMatch(seed -> seed.distance(candidate) >= minDistance);
    }

    /** One Lloyd step: each seed moves to the centroid of its clipped cell (or into it, if not convex). */
    private static List<Coordinate> relax(Geometry area, List<Coordinate> seeds) {
        List<Geometry> cells = VoronoiCells.clipped(area, seeds);
        List<Coordinate> moved = new ArrayList<>(seeds.size());
        for (Geometry cell : cells) {
            Geometry centroid = cell.getCentroid();
            Coordinate next = cell.contains(centroid) ? centroid.getCoordinate() : cell.getInteriorPoint().getCoordinate();
            moved.add(next);
        }
        return moved;
    }
}
