package org.gridpatrol.gisdata.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.gisdata.internal.Geometries;
import org.gridpatrol.gisdata.simulation.SeedCheckpoint.Shape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Checkpoints at plausible entrances: county border crossings (not on the coast), town and community
 * boundaries (away from the boundary one level up, so that they are inside it), building entrances inside
 * communities. Shares by level: 5 % county, 20 % town, 40 % village, the rest buildings. A pure function of
 * dataset, count and seed; codes {@code CP0001}... in level order.
 */
public final class CheckpointGenerator {

    /** Where roads would cross a boundary, staff stand this far inside the unit they guard. */
    static final double STAND_INSIDE_METRES = 15;
    /** Boundary checkpoints keep this far from the boundary one level up, so their shapes stay inside it. */
    static final double CLEARANCE_METRES = 150;
    /** Building entrances keep this far inside their community. */
    static final double BUILDING_CLEARANCE_METRES = 60;
    private static final int ATTEMPTS = 10_000;

    private final DatasetIndex dataset;
    private final SplittableRandom random;
    private final UniqueNames names = new UniqueNames();
    private final Map<String, IndexedFacetDistance> boundaries = new HashMap<>();
    private final List<SeedCheckpoint> result = new ArrayList<>();

    private CheckpointGenerator(DatasetIndex dataset, long seed) {
        this.dataset = dataset;
        this.random = new SplittableRandom(seed ^ 0x436865636B70L);
    }

    /** 800 for the county size (the scale of the real county), 40 for the demo. */
    public static int countFor(Size size) {
        return size == Size.COUNTY ? 800 : 40;
    }

    public static List<SeedCheckpoint> generate(DatasetIndex dataset, int count, long seed) {
        if (count < 4) {
            throw new IllegalArgumentException("count must be at least 4 (one per level), got " + count);
        }
        CheckpointGenerator generator = new CheckpointGenerator(dataset, seed);
        int county = Math.max(1, Math.round(count * 0.05f));
        int town = Math.max(1, Math.round(count * 0.20f));
        int village = Math.max(1, Math.round(count * 0.40f));
        generator.repeat(county, generator::countyBorder);
        generator.repeat(town, generator::townBoundary);
        generator.repeat(village, generator::communityEntrance);
        generator.repeat(count - county - town - village, generator::buildingEntrance);
        return List.copyOf(generator.result);
    }

    private interface Placement {
        Optional<SeedCheckpoint> tryPlace(String code);
    }

    private void repeat(int count, Placement placement) {
        for (int i = 0; i < count; i++) {
            String code = String.format(Locale.ROOT, "CP%04d", result.size() + 1);
            result.add(placeOrFail(code, placement));
        }
    }

    private SeedCheckpoint placeOrFail(String code, Placement placement) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<SeedCheckpoint> placed = placement.tryPlace(code);
            if (placed.isPresent()) {
                return placed.get();
            }
        }
        throw new IllegalStateException("could not place checkpoint " + code + " in " + ATTEMPTS + " attempts");
    }

    private Optional<SeedCheckpoint> countyBorder(String code) {
        GisFeature county = dataset.county();
        BoundarySpot spot = BoundarySpot.sample(DatasetIndex.mainPart(county), random);
        Optional<String> neighbour = NeighbourCounties.across(spot.onBoundary());
        Coordinate stand = spot.inside(STAND_INSIDE_METRES);
        Optional<GisFeature> grid = dataset.gridAt(stand);
        if (neighbour.isEmpty() || grid.isEmpty()) {
            return Optional.empty();
        }
        String town = dataset.ancestor(grid.get().code(), Level.TOWN).name();
        return Optional.of(draw(code, names.take(town + "与" + neighbour.get() + "交界卡口"),
                SeedCheckpoint.Level.COUNTY, stand, spot.inwardBearing()));
    }

    private Optional<SeedCheckpoint> townBoundary(String code) {
        GisFeature town = pick(dataset.towns());
        BoundarySpot spot = BoundarySpot.sample(DatasetIndex.mainPart(town), random);
        Coordinate stand = spot.inside(STAND_INSIDE_METRES);
        if (!farFromBoundaryOf(dataset.county(), spot.onBoundary(), CLEARANCE_METRES)
                || !dataset.isInterior(town, stand)) {
            return Optional.empty();
        }
        Optional<GisFeature> across = dataset.towns().stream()
                .filter(other -> other != town && !farFromBoundaryOf(other, spot.onBoundary(), 1))
                .findFirst();
        return across.map(other -> draw(code, names.take(town.name() + "与" + other.name() + "交界卡口"),
                SeedCheckpoint.Level.TOWN, stand, spot.inwardBearing()));
    }

    private Optional<SeedCheckpoint> communityEntrance(String code) {
        GisFeature community = pick(dataset.communities());
        BoundarySpot spot = BoundarySpot.sample(DatasetIndex.mainPart(community), random);
        Coordinate stand = spot.inside(STAND_INSIDE_METRES);
        GisFeature town = dataset.ancestor(community.code(), Level.TOWN);
        if (!farFromBoundaryOf(town, spot.onBoundary(), CLEARANCE_METRES)
                || !dataset.isInterior(community, stand)) {
            return Optional.empty();
        }
        Coordinate centre = community.geometry().getCentroid().getCoordinate();
        String side = BoundarySpot.compass(Metres.bearing(centre, spot.onBoundary()));
        return Optional.of(draw(code, names.take(community.name() + side + "入口卡点"),
                SeedCheckpoint.Level.VILLAGE, stand, spot.inwardBearing()));
    }

    private Optional<SeedCheckpoint> buildingEntrance(String code) {
        GisFeature community = pick(dataset.communities());
        Coordinate stand = dataset.randomPointIn(community, random);
        if (!farFromBoundaryOf(community, stand, BUILDING_CLEARANCE_METRES)) {
            return Optional.empty();
        }
        String building = BuildingKinds.pick(community.name(), random);
        return Optional.of(draw(code, names.take(community.name() + building + "卡点"),
                SeedCheckpoint.Level.BUILDING, stand, random.nextDouble() * 360));
    }

    private SeedCheckpoint draw(String code, String name, SeedCheckpoint.Level level, Coordinate stand,
            double roadBearing) {
        Shape shape = CheckpointShapes.pick(level, random);
        return CheckpointShapes.draw(code, name, level, shape, stand, roadBearing, random);
    }

    private boolean farFromBoundaryOf(GisFeature feature, Coordinate point, double metres) {
        IndexedFacetDistance distance = boundaries.computeIfAbsent(feature.code(),
                code -> new IndexedFacetDistance(feature.geometry().getBoundary()));
        Geometry target = Geometries.FACTORY.createPoint(point);
        return !distance.isWithinDistance(target, Metres.asDegrees(metres));
    }

    private GisFeature pick(List<GisFeature> features) {
        return features.get(random.nextInt(features.size()));
    }

    /** Names are unique in a set: the second of a name gets "（2）", and so on. */
    private static final class UniqueNames {

        private final Map<String, Integer> seen = new HashMap<>();

        String take(String name) {
            int count = seen.merge(name, 1, Integer::sum);
            return count == 1 ? name : name + "（" + count + "）";
        }
    }
}
