package org.gridpatrol.gisdata.simulation;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.internal.Geometries;
import org.gridpatrol.gisdata.simulation.SimUnit.Kind;
import org.locationtech.jts.geom.Coordinate;

/**
 * One unit's movement: a random walk between waypoints in its roaming area with short stops at each, or
 * standing at a checkpoint with a little shuffling about. Every leg stays inside the county; reports add GPS
 * noise of about 5 m on top of the true position.
 */
final class Mover {

    /** GPS noise per axis (standard deviation); with two axes about 5 m radial, clamped to this times 3. */
    static final double NOISE_SIGMA_METRES = 3.5;
    static final double STAND_JITTER_METRES = 3;

    private final SimUnit unit;
    private final DatasetIndex dataset;
    private final GisFeature home;
    private final List<GisFeature> roamingArea;
    private final Coordinate standAt;
    private final SplittableRandom random;
    private final double baseAltitude;
    private Coordinate position;
    private Coordinate waypoint;
    private Coordinate previousWaypoint;
    private double legSpeed;
    private double currentSpeed;
    private double heading;
    private double pauseSeconds;
    private double battery;

    /**
     * @param roamingArea units whose random points are the waypoints; the first (the home grid or town) is
     *                    picked half of the time
     * @param standAt     where to stand, or null to roam
     */
    Mover(SimUnit unit, DatasetIndex dataset, List<GisFeature> roamingArea, Coordinate standAt,
            SplittableRandom random) {
        this.unit = unit;
        this.dataset = dataset;
        this.home = roamingArea.get(0);
        this.roamingArea = roamingArea;
        this.standAt = standAt;
        this.random = random;
        this.baseAltitude = unit.kind() == Kind.DRONE ? 90 + random.nextDouble() * 30 : 5 + random.nextDouble() * 25;
        this.battery = unit.kind() == Kind.VEHICLE ? 100 : 40 + random.nextInt(61);
        this.position = standAt != null ? standAt.copy() : dataset.randomPointIn(home, random);
        this.previousWaypoint = position.copy();
        this.waypoint = position.copy();
        this.heading = random.nextDouble() * 360;
    }

    SimUnit unit() {
        return unit;
    }

    Coordinate position() {
        return position.copy();
    }

    boolean isStanding() {
        return standAt != null;
    }

    /** Moves on by {@code seconds} of simulated time. */
    void advance(double seconds) {
        drainBattery(seconds);
        if (standAt != null) {
            position = Metres.offset(standAt, gaussian(STAND_JITTER_METRES / 2), gaussian(STAND_JITTER_METRES / 2));
            currentSpeed = random.nextDouble() * 0.3;
            return;
        }
        double remaining = seconds;
        while (remaining > 1e-9) {
            if (pauseSeconds > 0) {
                double paused = Math.min(pauseSeconds, remaining);
                pauseSeconds -= paused;
                remaining -= paused;
                currentSpeed = 0;
                continue;
            }
            double distance = Metres.distance(position, waypoint);
            double legTime = distance / legSpeed;
            if (distance < 0.01 || legTime <= remaining) {
                position = waypoint.copy();
                remaining -= distance < 0.01 ? 0 : legTime;
                nextLeg();
            } else {
                double fraction = legSpeed * remaining / distance;
                position = new Coordinate(position.x + fraction * (waypoint.x - position.x),
                        position.y + fraction * (waypoint.y - position.y));
                currentSpeed = legSpeed;
                remaining = 0;
            }
        }
    }

    /** What the tracker reports now: the true position plus GPS noise. */
    PositionReport report(Instant time) {
        Coordinate noisy = Metres.offset(position, clampedNoise(), clampedNoise());
        Geometries.PRECISION.makePrecise(noisy);
        double speed = currentSpeed == 0 ? 0 : currentSpeed * (0.95 + random.nextDouble() * 0.1);
        return new PositionReport(unit.code(), unit.deviceId(), time, noisy.x, noisy.y, speed,
                Math.round(heading * 10) / 10.0, Math.round((baseAltitude + gaussian(3)) * 10) / 10.0,
                Math.round((3 + random.nextDouble() * 7) * 10) / 10.0, Math.round(battery));
    }

    /** Picks the next waypoint; a leg that would leave the county (a concave border) is never taken. */
    private void nextLeg() {
        Coordinate next = null;
        for (int attempt = 0; attempt < 20 && next == null; attempt++) {
            GisFeature area = random.nextBoolean() ? home : roamingArea.get(random.nextInt(roamingArea.size()));
            Coordinate candidate = dataset.randomPointIn(area, random);
            if (dataset.inCounty(Geometries.FACTORY.createLineString(new Coordinate[] {position, candidate}))) {
                next = candidate;
            }
        }
        // going back the way we came is always inside
        Coordinate target = next != null ? next : previousWaypoint;
        previousWaypoint = waypoint;
        waypoint = target;
        heading = Metres.bearing(position, waypoint);
        legSpeed = switch (unit.kind()) {
            case PATROLLER -> 1.0 + random.nextDouble() * 0.5;
            case VEHICLE -> 8 + random.nextDouble() * 7;
            case DRONE -> 8 + random.nextDouble() * 4;
        };
        pauseSeconds = switch (unit.kind()) {
            case PATROLLER -> random.nextDouble() * 120;
            case VEHICLE -> random.nextDouble() * 60;
            case DRONE -> random.nextDouble() * 20;
        };
        if (Metres.distance(position, waypoint) < 0.01) {
            // nowhere to go for now: wait, so that time passes
            pauseSeconds = Math.max(pauseSeconds, 10);
        }
    }

    private void drainBattery(double seconds) {
        double perHour = switch (unit.kind()) {
            case PATROLLER -> 5;
            case VEHICLE -> 0;
            case DRONE -> 25;
        };
        battery -= perHour * seconds / 3600;
        if (battery < 15) {
            // a fresh power bank or a battery swap
            battery = 100;
        }
    }

    private double clampedNoise() {
        double limit = 3 * NOISE_SIGMA_METRES;
        return Math.max(-limit, Math.min(limit, gaussian(NOISE_SIGMA_METRES)));
    }

    /** Box-Muller: SplittableRandom has no nextGaussian on Java 17. */
    private double gaussian(double sigma) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
