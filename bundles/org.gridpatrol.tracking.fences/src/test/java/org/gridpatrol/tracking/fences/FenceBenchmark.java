package org.gridpatrol.tracking.fences;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.Position;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Positions evaluated per second, one thread: {@link FenceIndex#containing} against a naive loop over every
 * fence's PreparedGeometry, same points, same run. Fences: the county dataset's 1,000 grids and 15,000
 * micro-grids plus 800 checkpoints (circles and squares). Then the whole per-report work of the pipeline,
 * {@link FenceMonitor#report}, for 1,000 units walking about. Run with
 * {@code mvn -B -o -q test -P bench -f bundles/org.gridpatrol.tracking.fences/pom.xml -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * A benchmark prints; this is its purpose, hence System.out.
 */
public final class FenceBenchmark {

    private static final int CHECKPOINTS = 800;
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private FenceBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(4);
        List<Fence> fences = new ArrayList<>();
        Envelope county = null;
        for (GisFeature feature : GisDataset.generate(Size.COUNTY, GisDataset.DEFAULT_SEED)) {
            if (feature.level().equals(Level.COUNTY.id())) {
                county = feature.geometry().getEnvelopeInternal();
            } else if (feature.level().equals(Level.GRID.id()) || feature.level().equals(Level.MICRO_GRID.id())) {
                fences.add(new Fence(feature.code(), feature.name(), Fence.GRID, feature.geometry()));
            }
        }
        for (int i = 0; i < CHECKPOINTS; i++) {
            double lon = county.getMinX() + random.nextDouble() * county.getWidth();
            double lat = county.getMinY() + random.nextDouble() * county.getHeight();
            Fence circle = Fences.circle("cp-" + i, "Checkpoint " + i, lon, lat, 30 + random.nextDouble() * 170);
            fences.add(i % 2 == 0 ? circle : Fences.polygon(circle.id(), circle.name(), Fence.CHECKPOINT,
                    circle.area().getEnvelope()));
        }
        long built = System.nanoTime();
        FenceIndex index = new FenceIndex(fences);
        double buildSeconds = (System.nanoTime() - built) / 1e9;
        List<PreparedGeometry> naive = fences.stream().map(f -> PreparedGeometryFactory.prepare(f.area())).toList();

        Point[] points = new Point[20_000];
        for (int i = 0; i < points.length; i++) {
            points[i] = LON_LAT.createPoint(new Coordinate(county.getMinX() + random.nextDouble() * county.getWidth(),
                    county.getMinY() + random.nextDouble() * county.getHeight()));
        }
        // Warm-up on a slice, then the measured runs over the same points.
        indexed(index, points, 2_000);
        naive(naive, points, 200);
        long t0 = System.nanoTime();
        long indexedHits = indexed(index, points, points.length);
        double indexedPerSecond = points.length / ((System.nanoTime() - t0) / 1e9);
        int naiveCount = 2_000;
        long t1 = System.nanoTime();
        long naiveHits = naive(naive, points, naiveCount);
        double naivePerSecond = naiveCount / ((System.nanoTime() - t1) / 1e9);
        long indexedHitsOnNaiveSlice = indexed(index, points, naiveCount);

        System.out.printf("fences: %d (%d grid + micro-grid, %d checkpoints); index built in %.2f s%n",
                fences.size(), fences.size() - CHECKPOINTS, CHECKPOINTS, buildSeconds);
        System.out.printf("FenceIndex.containing: %,.0f positions/s (%d points, %d fence hits)%n",
                indexedPerSecond, points.length, indexedHits);
        System.out.printf("naive loop:            %,.0f positions/s (%d points, %d fence hits, index on same: %d)%n",
                naivePerSecond, naiveCount, naiveHits, indexedHitsOnNaiveSlice);
        System.out.printf("ratio: %.0fx%n", indexedPerSecond / naivePerSecond);
        if (naiveHits != indexedHitsOnNaiveSlice) {
            throw new IllegalStateException("index and naive loop disagree");
        }
        monitored(index, county, random);
    }

    /**
     * What the pipeline does per report: {@link FenceMonitor#report} (candidates, hysteresis distance,
     * crossing test, debouncing) for units walking about the county, one thread.
     */
    private static void monitored(FenceIndex index, Envelope county, Random random) {
        int units = 1_000;
        int steps = 30;
        double[] lon = new double[units];
        double[] lat = new double[units];
        for (int u = 0; u < units; u++) {
            lon[u] = county.getMinX() + random.nextDouble() * county.getWidth();
            lat[u] = county.getMinY() + random.nextDouble() * county.getHeight();
        }
        List<Position> reports = new ArrayList<>();
        Instant t0 = Instant.parse("2026-11-22T08:00:00Z");
        for (int step = 0; step < steps; step++) {
            for (int u = 0; u < units; u++) {
                // Up to 150 m per 30 s step: a vehicle in town.
                double metres = random.nextDouble() * 150;
                double angle = random.nextDouble() * 2 * Math.PI;
                lon[u] += metres * Math.cos(angle) / 98_000;
                lat[u] += metres * Math.sin(angle) / 110_800;
                reports.add(new Position("U" + u, t0.plusSeconds(step * 30L), lon[u], lat[u], Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, Double.NaN));
            }
        }
        FenceRules rules = new FenceRules(2, 5, Duration.ofMinutes(10));
        // Warm-up on a monitor of its own, then the measured run.
        FenceMonitor warmUp = new FenceMonitor(index, rules);
        reports.subList(0, units * 5).forEach(warmUp::report);
        FenceMonitor monitor = new FenceMonitor(index, rules);
        long transitions = 0;
        long t = System.nanoTime();
        for (Position report : reports) {
            transitions += monitor.report(report).size();
        }
        double perSecond = reports.size() / ((System.nanoTime() - t) / 1e9);
        System.out.printf("FenceMonitor.report:   %,.0f positions/s (%d units x %d reports, %d transitions)%n",
                perSecond, units, steps, transitions);
    }

    private static long indexed(FenceIndex index, Point[] points, int count) {
        long hits = 0;
        for (int i = 0; i < count; i++) {
            hits += index.containing(points[i].getX(), points[i].getY()).size();
        }
        return hits;
    }

    private static long naive(List<PreparedGeometry> fences, Point[] points, int count) {
        long hits = 0;
        for (int i = 0; i < count; i++) {
            for (PreparedGeometry fence : fences) {
                if (fence.covers(points[i])) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
