package org.gridpatrol.gisdata.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.simulation.SimUnit.Kind;
import org.gridpatrol.gisdata.simulation.SimUnit.Status;
import org.locationtech.jts.geom.Coordinate;

/**
 * Moves the on-duty units (off-duty trackers are off) and produces their reports every {@code interval} of
 * simulated time, each unit at its own phase. Patrollers roam their home grid and its neighbours, vehicles
 * the grids of their town, drones their town; {@code standersPerCheckpoint} patrollers of the grid at each
 * checkpoint stand at it instead. A pure function of its inputs: the same reports for the same seed.
 */
public final class MovementSimulator {

    /**
     * @param standersPerCheckpoint patrollers of the checkpoint's grid assigned to stand at it
     */
    public record Settings(long seed, Duration interval, Instant start, int standersPerCheckpoint) {

        public Settings {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("interval must be positive, got " + interval);
            }
            if (standersPerCheckpoint < 0) {
                throw new IllegalArgumentException("standersPerCheckpoint must not be negative");
            }
        }
    }

    private record Due(long epochMillis, int mover) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            int byTime = Long.compare(epochMillis, other.epochMillis);
            return byTime != 0 ? byTime : Integer.compare(mover, other.mover);
        }
    }

    private final List<Mover> movers = new ArrayList<>();
    private final long[] lastAdvanced;
    private final PriorityQueue<Due> queue = new PriorityQueue<>();
    private final Map<String, String> standing;
    private final long intervalMillis;
    private Instant now;

    public MovementSimulator(DatasetIndex dataset, List<SimUnit> units, List<SeedCheckpoint> checkpoints,
            Settings settings) {
        this.intervalMillis = settings.interval().toMillis();
        this.now = settings.start();
        List<SimUnit> reporting = units.stream().filter(unit -> unit.status() != Status.OFF_DUTY).toList();
        this.standing = assignStanders(dataset, reporting, checkpoints, settings.standersPerCheckpoint());
        Map<String, SeedCheckpoint> checkpointsByCode = new HashMap<>();
        checkpoints.forEach(checkpoint -> checkpointsByCode.put(checkpoint.code(), checkpoint));
        this.lastAdvanced = new long[reporting.size()];
        long startMillis = settings.start().toEpochMilli();
        for (SimUnit unit : reporting) {
            GisFeature home = dataset.find(unit.homeGridCode()).orElseThrow(() -> new IllegalArgumentException(
                    "unit " + unit.code() + ": field 'home_grid_code' " + unit.homeGridCode() + " is not in the dataset"));
            SplittableRandom random = new SplittableRandom(settings.seed() * 31 + unit.code().hashCode());
            String checkpoint = standing.get(unit.code());
            Coordinate standAt = checkpoint == null ? null : checkpointsByCode.get(checkpoint).location();
            int index = movers.size();
            movers.add(new Mover(unit, dataset, roamingArea(dataset, unit, home), standAt, random));
            lastAdvanced[index] = startMillis;
            // whole seconds: OsmAnd timestamps are epoch seconds
            queue.add(new Due(startMillis + (long) (random.nextDouble() * intervalMillis / 1000) * 1000, index));
        }
    }

    private static List<GisFeature> roamingArea(DatasetIndex dataset, SimUnit unit, GisFeature home) {
        List<GisFeature> area = new ArrayList<>();
        if (unit.kind() == Kind.DRONE) {
            area.add(dataset.ancestor(home.code(), Level.TOWN));
        } else if (unit.kind() == Kind.VEHICLE) {
            area.add(home);
            String town = home.code().substring(0, Level.TOWN.codeLength());
            dataset.grids().stream().filter(grid -> grid.code().startsWith(town) && grid != home).forEach(area::add);
        } else {
            area.add(home);
            area.addAll(dataset.neighbours(home.code()));
        }
        return area;
    }

    /** Unit code to checkpoint code: per checkpoint in code order, the first on-duty patrollers of its grid. */
    private static Map<String, String> assignStanders(DatasetIndex dataset, List<SimUnit> units,
            List<SeedCheckpoint> checkpoints, int perCheckpoint) {
        Map<String, List<SimUnit>> patrollersByGrid = new HashMap<>();
        units.stream().filter(unit -> unit.kind() == Kind.PATROLLER)
                .forEach(unit -> patrollersByGrid.computeIfAbsent(unit.homeGridCode(), g -> new ArrayList<>()).add(unit));
        Map<String, String> assigned = new LinkedHashMap<>();
        for (SeedCheckpoint checkpoint : checkpoints) {
            Optional<GisFeature> grid = dataset.gridAt(checkpoint.location());
            List<SimUnit> candidates = grid.map(g -> patrollersByGrid.getOrDefault(g.code(), List.of()))
                    .orElse(List.of());
            candidates.stream().filter(unit -> !assigned.containsKey(unit.code())).limit(perCheckpoint)
                    .forEach(unit -> assigned.put(unit.code(), checkpoint.code()));
        }
        return Collections.unmodifiableMap(assigned);
    }

    /** All reports due up to and including {@code until}, oldest first; afterwards {@link #now()} is {@code until}. */
    public List<PositionReport> advanceTo(Instant until) {
        List<PositionReport> reports = new ArrayList<>();
        long untilMillis = until.toEpochMilli();
        while (!queue.isEmpty() && queue.peek().epochMillis() <= untilMillis) {
            Due due = queue.poll();
            Mover mover = movers.get(due.mover());
            mover.advance((due.epochMillis() - lastAdvanced[due.mover()]) / 1000.0);
            lastAdvanced[due.mover()] = due.epochMillis();
            reports.add(mover.report(Instant.ofEpochMilli(due.epochMillis())));
            queue.add(new Due(due.epochMillis() + intervalMillis, due.mover()));
        }
        if (until.isAfter(now)) {
            now = until;
        }
        return reports;
    }

    public Instant now() {
        return now;
    }

    /** Units that report (those not off duty). */
    public int reportingUnits() {
        return movers.size();
    }

    /** Which patroller stands at which checkpoint: unit code to checkpoint code. */
    public Map<String, String> standers() {
        return standing;
    }

    /** The true position (without GPS noise) of a reporting unit as of its last report. */
    Optional<Coordinate> truePosition(String unitCode) {
        return movers.stream().filter(mover -> mover.unit().code().equals(unitCode)).findFirst()
                .map(Mover::position);
    }
}
