package org.gridpatrol.tracking.fences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridpatrol.tracking.api.FenceTransition.CROSS;
import static org.gridpatrol.tracking.api.FenceTransition.DWELL;
import static org.gridpatrol.tracking.api.FenceTransition.ENTER;
import static org.gridpatrol.tracking.api.FenceTransition.EXIT;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceEvent;
import org.gridpatrol.tracking.api.Position;
import org.junit.jupiter.api.Test;

class FenceMonitorTest {

    // A block of about 985 m x 1,108 m in Rui'an; offsets below are metres east/north of its south-west corner.
    private static final double WEST = 120.640;
    private static final double SOUTH = 27.800;
    private static final double METRES_PER_DEGREE_LON = 98_543;
    private static final double METRES_PER_DEGREE_LAT = 110_816;
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private final Fence block = Fences.polygon("block", "Block", Fence.GRID,
            Geo.wkt("POLYGON ((120.640 27.800, 120.650 27.800, 120.650 27.810, 120.640 27.810, 120.640 27.800))"));
    private final FenceRules rules = new FenceRules(2, 10, Duration.ofMinutes(5));

    @Test
    void entersAndExitsOnlyAfterTheInertiaOfConsecutiveReports() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(0, -200, 500));

        assertThat(monitor.report(at(60, 200, 500))).isEmpty();
        assertThat(monitor.inside("P1")).isEmpty();
        assertThat(monitor.report(at(120, 300, 500))).extracting(FenceEvent::transition, FenceEvent::time)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ENTER, T0.plusSeconds(120)));
        assertThat(monitor.inside("P1")).containsExactly("block");

        assertThat(monitor.report(at(180, -100, 500))).isEmpty();
        assertThat(monitor.inside("P1")).containsExactly("block");
        assertThat(transitions(monitor.report(at(240, -150, 500)))).containsExactly(EXIT);
        assertThat(monitor.inside("P1")).isEmpty();
    }

    @Test
    void aReportOnTheOtherSideBreaksTheStreak() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(0, -200, 500));

        assertThat(monitor.report(at(60, 200, 500))).isEmpty();
        assertThat(monitor.report(at(120, -200, 500))).isEmpty();
        assertThat(monitor.report(at(180, 200, 500))).isEmpty();
        assertThat(monitor.inside("P1")).isEmpty();
    }

    @Test
    void jitterAcrossAnEdgeWithinTheHysteresisProducesNoTransitions() {
        FenceMonitor outsider = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        FenceMonitor insider = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        outsider.report(at(0, -50, 500));
        insider.report(at(0, 50, 500));

        List<FenceEvent> events = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            double east = (i % 2 == 0 ? 8 : -8) + (i % 3) * 0.5;
            // Every 2 s, so the insider stays below the dwell time.
            events.addAll(outsider.report(at(i * 2, east, 500 + i)));
            events.addAll(insider.report(at(i * 2, east, 500 + i)));
        }

        assertThat(events).isEmpty();
        assertThat(outsider.inside("P1")).isEmpty();
        assertThat(insider.inside("P1")).containsExactly("block");
    }

    @Test
    void withoutHysteresisTheSameJitterDoesFlap() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), new FenceRules(1, 0, Duration.ofHours(1)));
        monitor.report(at(0, -50, 500));

        List<FenceEvent> events = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            events.addAll(monitor.report(at(i * 10, i % 2 == 0 ? -8 : 8, 500)));
        }

        assertThat(transitions(events)).containsExactly(ENTER, EXIT, ENTER, EXIT);
    }

    @Test
    void dwellsOncePerStayCountedFromTheFirstReportInside() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(0, -200, 500));

        List<FenceEvent> events = new ArrayList<>();
        for (int minute = 1; minute <= 20; minute++) {
            events.addAll(monitor.report(at(minute * 60, 300, 500)));
        }
        assertThat(transitions(events)).containsExactly(ENTER, DWELL);
        assertThat(events.get(1).time()).isEqualTo(T0.plusSeconds(6 * 60));

        events.clear();
        for (int minute = 21; minute <= 40; minute++) {
            events.addAll(monitor.report(at(minute * 60, minute < 23 ? -200 : 300, 500)));
        }
        assertThat(transitions(events)).containsExactly(EXIT, ENTER, DWELL);
    }

    @Test
    void fastPassThroughACheckpointBetweenReportsIsACross() {
        Fence checkpoint = Fences.circle("cp-7", "Bridge checkpoint", 120.645, 27.805, 30);
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block, checkpoint)), rules);
        monitor.report(at(0, 100, 500));

        List<FenceEvent> pass = monitor.report(at(30, 900, 550));

        assertThat(pass).extracting(FenceEvent::fenceId, FenceEvent::transition, FenceEvent::time)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cp-7", CROSS, T0.plusSeconds(30)));
        assertThat(monitor.inside("P1")).containsExactly("block");
        assertThat(monitor.report(at(60, 100, 300))).isEmpty();
    }

    @Test
    void aSegmentThatOnlyStartsNearTheFenceIsNoCross() {
        Fence checkpoint = Fences.circle("cp-7", "Bridge checkpoint", 120.645, 27.805, 30);
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(checkpoint)), rules);
        // 35 m from the centre: 5 m outside the circle, inside the hysteresis band.
        monitor.report(at(0, 492.7 - 35, 554.1));

        assertThat(monitor.report(at(30, 492.7 + 200, 554.1))).isEmpty();
    }

    @Test
    void lateAndDuplicateReportsAreIgnored() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(100, 300, 500));
        assertThat(monitor.inside("P1")).containsExactly("block");

        assertThat(monitor.report(at(50, -300, 500))).isEmpty();
        assertThat(monitor.report(at(60, -300, 500))).isEmpty();
        assertThat(monitor.report(at(100, -300, 500))).isEmpty();
        assertThat(monitor.inside("P1")).containsExactly("block");
        assertThat(monitor.report(at(160, -300, 500))).isEmpty();
        assertThat(transitions(monitor.report(at(170, -300, 500)))).containsExactly(EXIT);
    }

    @Test
    void firstReportSettlesSilentlyEvenInsideSeveralFences() {
        Fence checkpoint = Fences.circle("cp-7", "Bridge checkpoint", 120.645, 27.805, 30);
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block, checkpoint)), rules);

        assertThat(monitor.report(at(0, 492.7, 554.1))).isEmpty();
        assertThat(monitor.inside("P1")).containsExactly("block", "cp-7");
        assertThat(monitor.inside("nobody")).isEmpty();
    }

    @Test
    void overlappingFencesTransitionIndependently() {
        Fence east = Fences.polygon("east", "East half", Fence.CHECKPOINT,
                Geo.wkt("POLYGON ((120.645 27.800, 120.655 27.800, 120.655 27.810, 120.645 27.810, 120.645 27.800))"));
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block, east)), rules);
        monitor.report(at(0, -200, 500));

        monitor.report(at(60, 700, 500));
        assertThat(monitor.report(at(120, 700, 500))).extracting(FenceEvent::fenceId).containsExactly("block", "east");
        monitor.report(at(180, 1200, 500));
        List<FenceEvent> events = monitor.report(at(240, 1200, 500));

        assertThat(events).extracting(FenceEvent::fenceId, FenceEvent::transition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("block", EXIT));
        assertThat(monitor.inside("P1")).containsExactly("east");
    }

    @Test
    void walkingIntoAHoleIsAnExit() {
        Fence ring = Fences.polygon("ring", "Ring", Fence.GRID, Geo.wkt("POLYGON ((120.640 27.800, 120.650 27.800,"
                + " 120.650 27.810, 120.640 27.810, 120.640 27.800), (120.644 27.804, 120.646 27.804, 120.646 27.806,"
                + " 120.644 27.806, 120.644 27.804))"));
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(ring)), rules);
        monitor.report(at(0, 100, 100));

        monitor.report(at(60, 492.7, 554.1));
        assertThat(transitions(monitor.report(at(120, 492.7, 554.1)))).containsExactly(EXIT);
    }

    @Test
    void unitsAreTrackedSeparately() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), new FenceRules(1, 10, Duration.ofHours(1)));
        monitor.report(at("P1", 0, -200, 500));
        monitor.report(at("P2", 0, 200, 500));

        assertThat(monitor.report(at("P1", 10, 200, 500))).extracting(FenceEvent::unitCode).containsExactly("P1");
        assertThat(monitor.report(at("P2", 10, -200, 500))).extracting(FenceEvent::transition).containsExactly(EXIT);
        assertThat(monitor.inside("P1")).containsExactly("block");
        assertThat(monitor.inside("P2")).isEmpty();
    }

    private static Position at(long seconds, double eastMetres, double northMetres) {
        return at("P1", seconds, eastMetres, northMetres);
    }

    private static Position at(String unit, long seconds, double eastMetres, double northMetres) {
        return new Position(unit, T0.plusSeconds(seconds), WEST + eastMetres / METRES_PER_DEGREE_LON,
                SOUTH + northMetres / METRES_PER_DEGREE_LAT, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }

    private static List<org.gridpatrol.tracking.api.FenceTransition> transitions(List<FenceEvent> events) {
        return events.stream().map(FenceEvent::transition).toList();
    }
}
