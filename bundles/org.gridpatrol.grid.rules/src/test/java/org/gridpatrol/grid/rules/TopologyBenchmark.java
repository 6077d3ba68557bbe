package org.gridpatrol.grid.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.rules.internal.CoverageCheck;
import org.gridpatrol.grid.rules.internal.Member;
import org.gridpatrol.grid.rules.internal.OverlapFinder;
import org.gridpatrol.grid.rules.internal.Pieces;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * On the county dataset (16,221 units, 15,000 micro-grids): validateAll, the same coverage checks forced
 * through the measuring overlays (as if no parent's edges matched exactly), the STRtree overlap search over
 * all micro-grids, and a naive check intersecting every pair of micro-grids (measured on random rows and
 * extrapolated to all n(n-1)/2 pairs, which would take minutes), same run; then validateChange latency
 * for 1,000 random one-vertex edits of a micro-grid, alone (rejected: gap and overlap) and moved in every
 * micro-grid sharing the vertex as the editor's topological editing does (accepted). Run with
 * {@code mvn -B -o -q test -P bench -f bundles/org.gridpatrol.grid.rules/pom.xml -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 * A benchmark prints; this is its purpose, hence System.out.
 */
public final class TopologyBenchmark {

    private static final int NAIVE_ROWS = 1_000;
    private static final int EDITS = 1_000;
    private static final int WARM_UP_EDITS = 300;

    private TopologyBenchmark() {
    }

    public static void main(String[] args) {
        long generated = System.nanoTime();
        Demo county = Demo.generate(Size.COUNTY);
        List<GridUnit> microGrids = county.level(AdminLevel.MICRO_GRID);
        System.out.printf("county dataset: %,d units, %,d micro-grids, generated in %.1f s; %d cores%n",
                county.units().size(), microGrids.size(), seconds(generated), Runtime.getRuntime().availableProcessors());
        TopologyValidator validator = new TopologyValidator(TopologyRules.DEFAULTS);

        validator.validateAll(county.units()); // warm-up
        double validateAll = best(3, () -> validator.validateAll(county.units()).size(), "validateAll");

        Map<String, Member> all = county.units().stream().collect(Collectors.toMap(GridUnit::code, Member::of));
        CoverageCheck coverage = new CoverageCheck(TopologyRules.DEFAULTS);
        best(3, () -> county.units().parallelStream().filter(parent -> !county.children(parent.code()).isEmpty())
                .mapToInt(parent -> coverage.measured(all.get(parent.code()), county.children(parent.code()).stream()
                        .map(child -> all.get(child.code())).toList()).size()).sum(),
                "coverage of every parent by overlays only (no exact-edge proof), parallel");

        List<Member> members = microGrids.stream().map(unit -> all.get(unit.code())).toList();
        double overlapSearch = best(3, () -> OverlapFinder.overlaps(members, 0.05).size(), "STRtree overlap search");

        NaiveRate naive = naivePairwise(members);
        double pairs = members.size() * (members.size() - 1) / 2.0;
        double naiveSeconds = pairs / naive.pairsPerSecond();
        System.out.printf("naive pairwise: %,d pairs in %.1f s (%,.0f pairs/s, %d overlaps) -> all %,.0f pairs: %.0f s%n",
                naive.pairs(), naive.seconds(), naive.pairsPerSecond(), naive.overlaps(), pairs, naiveSeconds);
        System.out.printf("ratio naive / STRtree overlap search (1 thread each): %.0fx%n", naiveSeconds / overlapSearch);
        System.out.printf("ratio naive / validateAll (all rules, all levels, parallel): %.0fx%n",
                naiveSeconds / validateAll);

        GridHierarchy before = GridHierarchy.of(county.units());
        editLatency("one micro-grid moved alone (rejected)", county, before, validator, false);
        editLatency("vertex moved in every micro-grid sharing it (accepted)", county, before, validator, true);
    }

    private static double best(int runs, Supplier<Integer> work, String name) {
        double best = Double.MAX_VALUE;
        int violations = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            violations = work.get();
            best = Math.min(best, seconds(start));
        }
        System.out.printf("%s: %.2f s (best of %d), %d violations%n", name, best, runs, violations);
        return best;
    }

    private record NaiveRate(long pairs, double seconds, long overlaps) {
        double pairsPerSecond() {
            return pairs / seconds;
        }
    }

    /** Every pair's intersection for random rows: row i against all other micro-grids. */
    private static NaiveRate naivePairwise(List<Member> members) {
        Random random = new Random(7);
        naiveRow(members, 0); // warm-up
        long pairs = 0;
        long overlaps = 0;
        long start = System.nanoTime();
        for (int r = 0; r < NAIVE_ROWS; r++) {
            int row = random.nextInt(members.size());
            overlaps += naiveRow(members, row);
            pairs += members.size() - 1;
        }
        return new NaiveRate(pairs, seconds(start), overlaps / 2);
    }

    private static long naiveRow(List<Member> members, int row) {
        Geometry shape = members.get(row).shape();
        long overlaps = 0;
        for (int j = 0; j < members.size(); j++) {
            if (j != row) {
                Geometry common = OverlayNGRobust.overlay(shape, members.get(j).shape(), OverlayNG.INTERSECTION);
                overlaps += Pieces.widerThan(common, 0.05).size();
            }
        }
        return overlaps;
    }

    private static void editLatency(String name, Demo county, GridHierarchy before, TopologyValidator validator,
            boolean topological) {
        Random random = new Random(11);
        List<GridUnit> microGrids = county.level(AdminLevel.MICRO_GRID);
        long[] nanos = new long[EDITS];
        long rejected = 0;
        Map<ViolationKind, Long> kinds = new TreeMap<>();
        for (int i = -WARM_UP_EDITS; i < EDITS; i++) {
            List<GridUnit> edit = vertexEdit(county, microGrids.get(random.nextInt(microGrids.size())), random,
                    topological);
            long start = System.nanoTime();
            List<Violation> found = validator.validateChange(before, edit, List.of());
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
                rejected += found.isEmpty() ? 0 : 1;
                found.forEach(violation -> kinds.merge(violation.kind(), 1L, Long::sum));
            }
        }
        Arrays.sort(nanos);
        System.out.printf("validateChange, %s: p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d edits (%d with violations: %s)%n",
                name, nanos[EDITS / 2] / 1e6, nanos[EDITS * 99 / 100] / 1e6, nanos[EDITS - 1] / 1e6, EDITS, rejected,
                kinds);
    }

    /** One vertex of the micro-grid moved 1 m in a random direction; inside its grid when topological. */
    private static List<GridUnit> vertexEdit(Demo county, GridUnit microGrid, Random random, boolean topological) {
        List<GridUnit> siblings = county.children(microGrid.parentCode());
        Geometry gridBoundary = county.unit(microGrid.parentCode()).geometry().getBoundary();
        List<Coordinate> vertices = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(microGrid.geometry().getCoordinates())));
        if (topological) {
            vertices.removeIf(vertex -> gridBoundary.distance(Shapes.LON_LAT.createPoint(vertex)) < 1e-4);
        }
        if (vertices.isEmpty()) {
            return vertexEdit(county, siblings.get(random.nextInt(siblings.size())), random, topological);
        }
        Coordinate vertex = vertices.get(random.nextInt(vertices.size()));
        double angle = random.nextDouble() * 2 * Math.PI;
        List<GridUnit> sharing = topological ? siblings.stream()
                .filter(unit -> Arrays.asList(unit.geometry().getCoordinates()).contains(vertex)).toList()
                : List.of(microGrid);
        return sharing.stream().map(unit -> Demo.withGeometry(unit,
                Shapes.moveVertex(unit.geometry(), vertex, Math.cos(angle), Math.sin(angle)))).toList();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
