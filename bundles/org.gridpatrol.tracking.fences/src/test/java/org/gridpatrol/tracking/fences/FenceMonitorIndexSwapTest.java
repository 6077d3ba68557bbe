package org.gridpatrol.tracking.fences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridpatrol.tracking.api.FenceTransition.DWELL;
import static org.gridpatrol.tracking.api.FenceTransition.ENTER;
import static org.gridpatrol.tracking.api.FenceTransition.EXIT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceEvent;
import org.gridpatrol.tracking.api.FenceTransition;
import org.gridpatrol.tracking.api.Position;
import org.junit.jupiter.api.Test;

/** {@link FenceMonitor#useIndex}: fences change under units that are already being tracked. */
class FenceMonitorIndexSwapTest {

    // Offsets are metres east/north of (120.640, 27.800), as in FenceMonitorTest.
    private static final double WEST = 120.640;
    private static final double SOUTH = 27.800;
    private static final double METRES_PER_DEGREE_LON = 98_543;
    private static final double METRES_PER_DEGREE_LAT = 110_816;
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private final Fence block = square("block", 0, 0, 1000);
    private final Fence east = square("east", 2000, 0, 1000);
    private final FenceRules rules = new FenceRules(2, 10, Duration.ofMinutes(5));

    @Test
    void membershipsOfFencesThatStillExistSurviveTheSwapWithoutTransitions() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(0, -200, 500));
        monitor.report(at(30, 200, 500));
        assertThat(transitions(monitor.report(at(60, 300, 500)))).containsExactly(ENTER);

        Fence reshaped = square("block", -100, 0, 1100);
        monitor.useIndex(new FenceIndex(List.of(reshaped, east)));

        assertThat(monitor.inside("P1")).containsExactly("block");
        assertThat(monitor.report(at(90, 310, 500))).isEmpty();
        // The stay still counts from its first report: dwell 5 minutes after t=30.
        assertThat(transitions(monitor.report(at(330, 320, 500)))).containsExactly(DWELL);
        assertThat(monitor.report(at(360, -50, 500))).isEmpty();
        assertThat(transitions(monitor.report(at(390, -400, 500)))).isEmpty();
        assertThat(transitions(monitor.report(at(420, -420, 500)))).containsExactly(EXIT);
    }

    @Test
    void aStreakInProgressIsKeptAcrossTheSwap() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(0, -200, 500));
        assertThat(monitor.report(at(30, 200, 500))).isEmpty();

        monitor.useIndex(new FenceIndex(List.of(block, east)));

        assertThat(transitions(monitor.report(at(60, 250, 500)))).containsExactly(ENTER);
    }

    @Test
    void aRemovedFenceIsForgottenWithoutAnExit() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block, east)), rules);
        monitor.report(at(0, 500, 500));
        assertThat(monitor.inside("P1")).containsExactly("block");

        monitor.useIndex(new FenceIndex(List.of(east)));

        assertThat(monitor.inside("P1")).isEmpty();
        assertThat(monitor.report(at(30, 2500, 500))).isEmpty();
        assertThat(transitions(monitor.report(at(60, 2600, 500)))).containsExactly(ENTER);
        assertThat(monitor.inside("P1")).containsExactly("east");
    }

    @Test
    void aNewFenceAroundAUnitSettlesItInsideSilentlyAndItCanLeave() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(0, 2500, 500));
        monitor.report(at(30, 2510, 500));
        assertThat(monitor.inside("P1")).isEmpty();

        monitor.useIndex(new FenceIndex(List.of(block, east)));

        assertThat(monitor.inside("P1")).containsExactly("east");
        assertThat(monitor.report(at(60, 2520, 500))).isEmpty();
        monitor.report(at(90, 3500, 500));
        assertThat(transitions(monitor.report(at(120, 3600, 500)))).containsExactly(EXIT);
    }

    @Test
    void aNewFenceAUnitIsOutsideOfIsEnteredNormally() {
        FenceMonitor monitor = new FenceMonitor(new FenceIndex(List.of(block)), rules);
        monitor.report(at(0, 500, 500));

        monitor.useIndex(new FenceIndex(List.of(block, east)));

        assertThat(monitor.inside("P1")).containsExactly("block");
        monitor.report(at(30, 2500, 500));
        assertThat(monitor.report(at(60, 2600, 500))).extracting(FenceEvent::transition, FenceEvent::fenceId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EXIT, "block"),
                        org.assertj.core.groups.Tuple.tuple(ENTER, "east"));
        assertThat(monitor.units()).containsExactly("P1");
        assertThat(monitor.index().size()).isEqualTo(2);
    }

    private static Fence square(String id, double westMetres, double southMetres, double sizeMetres) {
        double w = WEST + westMetres / METRES_PER_DEGREE_LON;
        double e = WEST + (westMetres + sizeMetres) / METRES_PER_DEGREE_LON;
        double s = SOUTH + southMetres / METRES_PER_DEGREE_LAT;
        double n = SOUTH + (southMetres + sizeMetres) / METRES_PER_DEGREE_LAT;
        return Fences.polygon(id, id, Fence.GRID, Geo.wkt(String.format(java.util.Locale.ROOT,
                "POLYGON ((%.7f %.7f, %.7f %.7f, %.7f %.7f, %.7f %.7f, %.7f %.7f))", w, s, e, s, e, n, w, n, w, s)));
    }

    private static Position at(long seconds, double eastMetres, double northMetres) {
        return new Position("P1", T0.plusSeconds(seconds), WEST + eastMetres / METRES_PER_DEGREE_LON,
                SOUTH + northMetres / METRES_PER_DEGREE_LAT, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }

    private static List<FenceTransition> transitions(List<FenceEvent> events) {
        return events.stream().map(FenceEvent::transition).toList();
    }
}
