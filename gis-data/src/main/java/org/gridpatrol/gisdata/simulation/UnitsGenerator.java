package org.gridpatrol.gisdata.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.internal.NameFaker;
import org.gridpatrol.gisdata.simulation.SimUnit.Kind;
import org.gridpatrol.gisdata.simulation.SimUnit.Status;

/**
 * Fictitious units for a dataset: patrollers spread evenly over the grids, one vehicle per community (in
 * turn), one drone per town (in turn); a team per town. Device ids are six-digit numbers like Traccar
 * Client's default identifier. A pure function of dataset, counts and seed.
 */
public final class UnitsGenerator {

    private final DatasetIndex dataset;
    private final SplittableRandom random;
    private final NameFaker faker = new NameFaker();
    private final Set<String> deviceIds = new HashSet<>();
    private final Set<String> plates = new HashSet<>();

    private UnitsGenerator(DatasetIndex dataset, long seed) {
        this.dataset = dataset;
        this.random = new SplittableRandom(seed ^ 0x556E697473L);
    }

    public static List<SimUnit> generate(DatasetIndex dataset, UnitCounts counts, long seed) {
        if (counts.total() > 800_000) {
            throw new IllegalArgumentException("at most 800,000 units (six-digit device ids), got " + counts.total());
        }
        return new UnitsGenerator(dataset, seed).all(counts);
    }

    private List<SimUnit> all(UnitCounts counts) {
        List<SimUnit> units = new ArrayList<>(counts.total());
        List<GisFeature> grids = dataset.grids();
        for (int i = 0; i < counts.patrollers(); i++) {
            GisFeature grid = grids.get(i % grids.size());
            units.add(unit(code("P", 5, i), faker.personName(random), Kind.PATROLLER, grid,
                    status(0.8, 0.1)));
        }
        List<GisFeature> communities = dataset.communities();
        for (int i = 0; i < counts.vehicles(); i++) {
            GisFeature grid = firstGridOf(communities.get(i % communities.size()));
            units.add(unit(code("V", 4, i), "巡逻车" + plate(), Kind.VEHICLE, grid, status(0.85, 0.15)));
        }
        List<GisFeature> towns = dataset.towns();
        for (int i = 0; i < counts.drones(); i++) {
            GisFeature town = towns.get(i % towns.size());
            units.add(unit(code("D", 3, i), town.name() + "无人机" + (i / towns.size() + 1) + "号",
                    Kind.DRONE, firstGridOf(town), status(0.6, 0)));
        }
        return List.copyOf(units);
    }

    private SimUnit unit(String code, String name, Kind kind, GisFeature grid, Status status) {
        String team = dataset.ancestor(grid.code(), Level.TOWN).name() + "巡防队";
        return new SimUnit(code, name, kind, team, grid.code(), faker.mobilePhone(random), deviceId(), status);
    }

    private static String code(String prefix, int digits, int index) {
        return prefix + String.format(Locale.ROOT, "%0" + digits + "d", index + 1);
    }

    /** Mostly on duty; the rest off duty (trackers off). */
    private Status status(double available, double busy) {
        double draw = random.nextDouble();
        return draw < available ? Status.AVAILABLE : draw < available + busy ? Status.BUSY : Status.OFF_DUTY;
    }

    /** Traccar Client's default identifier is a random number from 100000 to 999999. */
    private String deviceId() {
        while (true) {
            String id = Integer.toString(100_000 + random.nextInt(900_000));
            if (deviceIds.add(id)) {
                return id;
            }
        }
    }

    /** A Wenzhou (浙C) police plate; fictitious like everything else here. */
    private String plate() {
        while (true) {
            String plate = String.format(Locale.ROOT, "浙C%04d警", random.nextInt(10_000));
            if (plates.add(plate)) {
                return plate;
            }
        }
    }

    private GisFeature firstGridOf(GisFeature parent) {
        return dataset.grids().stream().filter(grid -> grid.code().startsWith(parent.code())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(parent.code() + " has no grid"));
    }
}
