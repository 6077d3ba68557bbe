package org.gridpatrol.gisdata.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.Size;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds the hierarchy top down, one level at a time, then re-derives every parent as the exact union of
 * its children (bottom up) so that each level tiles the one above without gaps or overlaps.
 */
public final class HierarchyBuilder {

    public static final String COUNTY_CODE = "330381";
    public static final String COUNTY_NAME = "瑞安市";

    /** Fraction of a street's communities that are urban 社区 (the rest are 村); reversed for towns. */
    private static final double STREET_COMMUNITY_SHARE = 0.8;
    private static final int GEOMETRY_STREAM = 1;
    private static final int NAME_STREAM = 2;

    private final Size size;
    private final long seed;
    private final NameFaker faker = new NameFaker();

    private HierarchyBuilder(Size size, long seed) {
        this.size = size;
        this.seed = seed;
    }

    /** The whole hierarchy in parent-first order: county, towns, communities, grids, micro-grids. */
    public static List<GisFeature> build(Size size, long seed) {
        return new HierarchyBuilder(size, seed).build();
    }

    private List<GisFeature> build() {
        UnitDraft county = new UnitDraft(COUNTY_CODE, COUNTY_NAME, Level.COUNTY, null, null, null);
        county.geometry = RuianOutline.polygon();
        List<List<UnitDraft>> levels = new ArrayList<>();
        levels.add(List.of(county));
        for (Level level : List.of(Level.TOWN, Level.COMMUNITY, Level.GRID, Level.MICRO_GRID)) {
            levels.add(subdivide(levels.get(levels.size() - 1), level));
        }
        for (int depth = levels.size() - 2; depth >= 0; depth--) {
            for (UnitDraft unit : levels.get(depth)) {
                unit.geometry = Geometries.coverageUnion(unit.children.stream().map(child -> child.geometry).toList());
            }
        }
        List<GisFeature> features = new ArrayList<>();
        for (List<UnitDraft> units : levels) {
            for (UnitDraft unit : units) {
                features.add(new GisFeature(unit.code, unit.name, unit.level.id(),
                        unit.parent == null ? null : unit.parent.code,
                        Geometries.toOrientedMultiPolygon(unit.geometry), unit.workerName, unit.workerPhone));
            }
        }
        return features;
    }

    private List<UnitDraft> subdivide(List<UnitDraft> parents, Level level) {
        List<Geometry> parentGeometries = new ArrayList<>();
        List<List<Coordinate>> seeds = new ArrayList<>();
        for (UnitDraft parent : parents) {
            parent.children.addAll(describeChildren(parent, level));
            parentGeometries.add(parent.geometry);
            seeds.add(level == Level.TOWN
                    ? TownCatalog.towns(size.towns()).stream().map(TownCatalog.Town::location).toList()
                    : SeedPlacer.place(parent.geometry, parent.children.size(), random(parent.code, GEOMETRY_STREAM)));
        }
        List<List<Geometry>> geometries = LevelPartitioner.partition(parentGeometries, seeds);
        List<UnitDraft> units = new ArrayList<>();
        for (int p = 0; p < parents.size(); p++) {
            List<UnitDraft> children = parents.get(p).children;
            for (int c = 0; c < children.size(); c++) {
                children.get(c).geometry = geometries.get(p).get(c);
            }
            units.addAll(children);
        }
        return units;
    }

    private List<UnitDraft> describeChildren(UnitDraft parent, Level level) {
        int count = size.childrenPer(parent.level);
        SplittableRandom random = random(parent.code, NAME_STREAM);
        List<UnitDraft> children = new ArrayList<>(count);
        if (level == Level.TOWN) {
            for (TownCatalog.Town town : TownCatalog.towns(count)) {
                children.add(new UnitDraft(town.code(), town.name(), level, parent, null, null));
            }
            return children;
        }
        int urban = 0;
        int rural = 0;
        for (int i = 1; i <= count; i++) {
            String code;
            String name;
            if (level == Level.COMMUNITY) {
                boolean street = parent.name.endsWith("街道");
                boolean isUrban = random.nextDouble() < (street ? STREET_COMMUNITY_SHARE : 1 - STREET_COMMUNITY_SHARE);
                // statistical convention: 社区 (residents' committees) 001-199, 村 (villages) 200-399
                code = parent.code + threeDigits(isUrban ? ++urban : 200 + ++rural);
                name = faker.placeName(random) + (isUrban ? "社区" : "村");
            } else {
                code = parent.code + threeDigits(i);
                name = parent.name + "第" + i + (level == Level.GRID ? "网格" : "微网格");
            }
            children.add(level.hasWorker()
                    ? new UnitDraft(code, name, level, parent, faker.personName(random), faker.mobilePhone(random))
                    : new UnitDraft(code, name, level, parent, null, null));
        }
        return children;
    }

    private static String threeDigits(int number) {
        return String.format(Locale.ROOT, "%03d", number);
    }

    /** An independent stream per unit and purpose, so one unit's draws never shift another's. */
    private SplittableRandom random(String code, int stream) {
        long mixed = seed * 0x9E3779B97F4A7C15L + Long.parseLong(code);
        return new SplittableRandom(mixed * 0xBF58476D1CE4E5B9L + stream);
    }
}
