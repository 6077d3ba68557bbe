package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.gisdata.internal.Geometries;
import org.gridpatrol.gisdata.simulation.SimUnit.Kind;
import org.gridpatrol.gisdata.simulation.SimUnit.Status;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class MovementSimulatorTest {

    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");
    private static final Duration INTERVAL = Duration.ofSeconds(30);
    /** Two noisy positions can be this much further apart than the true ones. */
    private static final double NOISE_ALLOWANCE_METRES = 2 * Math.sqrt(2) * 3 * Mover.NOISE_SIGMA_METRES;

    private final DatasetIndex dataset = DemoData.index();
    private final List<SimUnit> units = DemoData.units();

    private MovementSimulator simulator() {
        return new MovementSimulator(dataset, units, DemoData.checkpoints(),
                new MovementSimulator.Settings(DemoData.SEED, INTERVAL, START, 2));
    }

    @Test
    void everyOnDutyUnitReportsOncePerIntervalInTimeOrder() {
        MovementSimulator simulator = simulator();
        List<PositionReport> reports = simulator.advanceTo(START.plus(Duration.ofHours(1)));
        long onDuty = units.stream().filter(unit -> unit.status() != Status.OFF_DUTY).count();
        assertThat(simulator.reportingUnits()).isEqualTo(onDuty);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).time()).isAfterOrEqualTo(reports.get(i - 1).time());
        }
        Map<String, Instant> last = new HashMap<>();
        Map<String, Integer> perUnit = new HashMap<>();
        for (PositionReport report : reports) {
            perUnit.merge(report.unitCode(), 1, Integer::sum);
            Instant previous = last.put(report.unitCode(), report.time());
            if (previous != null) {
                assertThat(Duration.between(previous, report.time())).isEqualTo(INTERVAL);
            }
            assertThat(report.time().getNano()).isZero();
        }
        // both ends are included: a unit whose phase is 0 reports at the start and at the end too
        assertThat(perUnit).hasSize((int) onDuty).allSatisfy((unit, count) -> assertThat(count).isBetween(120, 121));
        List<String> offDuty = units.stream().filter(unit -> unit.status() == Status.OFF_DUTY).map(SimUnit::code).toList();
        assertThat(offDuty).isNotEmpty().noneMatch(last::containsKey);
        assertThat(simulator.now()).isEqualTo(START.plus(Duration.ofHours(1)));
    }

    @Test
    void unitsStayInsideTheCountyAndMoveAtPlausibleSpeeds() {
        MovementSimulator simulator = simulator();
        Map<String, SimUnit> byCode = new HashMap<>();
        units.forEach(unit -> byCode.put(unit.code(), unit));
        Map<String, PositionReport> previous = new HashMap<>();
        // reports due at the start come first, so that every later step holds one report per unit
        simulator.advanceTo(START).forEach(report -> previous.put(report.unitCode(), report));
        Instant until = START;
        for (int step = 0; step < 4 * 60; step++) {
            until = until.plus(INTERVAL);
            for (PositionReport report : simulator.advanceTo(until)) {
                Coordinate truePosition = simulator.truePosition(report.unitCode()).orElseThrow();
                assertThat(dataset.inCounty(Geometries.FACTORY.createPoint(truePosition)))
                        .as("%s at %s", report.unitCode(), report.time()).isTrue();
                Coordinate reported = new Coordinate(report.lon(), report.lat());
                assertThat(Metres.distance(truePosition, reported)).isLessThanOrEqualTo(NOISE_ALLOWANCE_METRES / 2);
                double maximum = switch (byCode.get(report.unitCode()).kind()) {
                    case PATROLLER -> 1.5;
                    case VEHICLE -> 15;
                    case DRONE -> 12;
                };
                assertThat(report.speedMetresPerSecond()).isBetween(0.0, maximum * 1.05);
                PositionReport before = previous.put(report.unitCode(), report);
                if (before != null) {
                    double metres = Metres.distance(new Coordinate(before.lon(), before.lat()), reported);
                    assertThat(metres).as(report.unitCode())
                            .isLessThanOrEqualTo(maximum * INTERVAL.toSeconds() + NOISE_ALLOWANCE_METRES);
                }
                assertThat(report.batteryPercent()).isBetween(0.0, 100.0);
                assertThat(report.accuracyMetres()).isBetween(3.0, 10.0);
            }
        }
        // and they do move: patrollers that roam cover ground over four hours
        long moved = units.stream().filter(unit -> unit.kind() == Kind.PATROLLER && previous.containsKey(unit.code())
                && !simulator.standers().containsKey(unit.code())).count();
        assertThat(moved).isPositive();
    }

    @Test
    void patrollersAssignedToACheckpointStandAtIt() {
        MovementSimulator simulator = simulator();
        assertThat(simulator.standers()).isNotEmpty();
        Map<String, SeedCheckpoint> checkpoints = new HashMap<>();
        DemoData.checkpoints().forEach(checkpoint -> checkpoints.put(checkpoint.code(), checkpoint));
        List<PositionReport> reports = simulator.advanceTo(START.plus(Duration.ofMinutes(30)));
        int checked = 0;
        for (PositionReport report : reports) {
            String checkpoint = simulator.standers().get(report.unitCode());
            if (checkpoint != null) {
                double metres = Metres.distance(checkpoints.get(checkpoint).location(),
                        new Coordinate(report.lon(), report.lat()));
                assertThat(metres).as(report.unitCode()).isLessThan(20);
                assertThat(report.speedMetresPerSecond()).isLessThan(0.5);
                checked++;
            }
        }
        assertThat(checked).isPositive();
        // standers are patrollers of the checkpoint's own grid
        simulator.standers().forEach((unit, checkpoint) -> assertThat(units.stream()
                .filter(u -> u.code().equals(unit)).findFirst().orElseThrow().homeGridCode())
                .isEqualTo(dataset.gridAt(checkpoints.get(checkpoint).location()).orElseThrow().code()));
    }

    @Test
    void isAPureFunctionOfItsInputs() {
        List<PositionReport> first = new ArrayList<>(simulator().advanceTo(START.plus(Duration.ofMinutes(20))));
        MovementSimulator second = simulator();
        // advancing in other steps gives the same reports
        List<PositionReport> again = new ArrayList<>(second.advanceTo(START.plus(Duration.ofMinutes(7))));
        again.addAll(second.advanceTo(START.plus(Duration.ofMinutes(20))));
        assertThat(again).isEqualTo(first);
        List<PositionReport> otherSeed = new MovementSimulator(dataset, units, DemoData.checkpoints(),
                new MovementSimulator.Settings(7, INTERVAL, START, 2)).advanceTo(START.plus(Duration.ofMinutes(20)));
        assertThat(otherSeed).isNotEqualTo(first);
    }
}
