package org.gridpatrol.video.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.video.analysis.AlertChange.Phase;
import org.gridpatrol.video.api.AlertKind;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.Zone;
import org.junit.jupiter.api.Test;

class ZoneRulesCrowdTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    /** The square (100,100)-(300,300). */
    private static final List<ImagePoint> SQUARE = List.of(new ImagePoint(100, 100), new ImagePoint(300, 100),
            new ImagePoint(300, 300), new ImagePoint(100, 300));

    /** Threshold 3, 5 s to start and to end, hysteresis 1 (ends below 2), cooldown 30 s, no loitering. */
    private static Zone crowdZone(String id) {
        return new Zone(id, "square", SQUARE, 3, 5, 1, 30, 0);
    }

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    /** A 20x60 person whose foot point is (footX, footY). */
    private static Detection personAt(double footX, double footY) {
        return new Detection(new ImageBox(footX - 10, footY - 60, 20, 60), 0.9);
    }

    /** {@code count} people standing well inside the square. */
    private static List<Detection> people(int count) {
        List<Detection> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(personAt(120 + 25 * i, 250));
        }
        return out;
    }

    private static List<AlertChange> run(ZoneRules rules, int count, double fromSeconds, double toSeconds) {
        List<AlertChange> changes = new ArrayList<>();
        for (double t = fromSeconds; t <= toSeconds + 1e-9; t += 1) {
            changes.addAll(rules.evaluate(people(count), at(t)).alertChanges());
        }
        return changes;
    }

    @Test
    void countsFootPointsInsideAndOnTheEdgeButNotOutside() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        List<Detection> detections = List.of(
                personAt(200, 200), // inside
                personAt(300, 200), // on the right edge
                personAt(100, 100), // on a corner
                personAt(200, 300.5), // just below the bottom edge
                personAt(50, 200), // outside
                new Detection(new ImageBox(150, 280, 20, 60), 0.8)); // body inside, feet (160, 340) outside
        assertThat(rules.evaluate(detections, T0).zoneCounts()).containsEntry("z", 3);
    }

    @Test
    void countsEveryZoneInOrderIncludingEmptyAndOverlappingZones() {
        Zone left = new Zone("left", "", List.of(new ImagePoint(0, 0), new ImagePoint(200, 0),
                new ImagePoint(200, 400), new ImagePoint(0, 400)), 3, 5, 1, 30, 0);
        // An L shape: the foot at (250, 250) lies in its notch.
        Zone lShape = new Zone("l", "", List.of(new ImagePoint(150, 150), new ImagePoint(400, 150),
                new ImagePoint(400, 200), new ImagePoint(200, 200), new ImagePoint(200, 400), new ImagePoint(150, 400)),
                3, 5, 1, 30, 0);
        Zone far = new Zone("far", "", List.of(new ImagePoint(600, 0), new ImagePoint(700, 0),
                new ImagePoint(700, 100)), 3, 5, 1, 30, 0);
        ZoneRules rules = new ZoneRules(List.of(left, lShape, far), null);
        FrameFindings findings = rules.evaluate(List.of(personAt(175, 300), personAt(250, 250), personAt(300, 175)), T0);
        assertThat(findings.zoneCounts()).containsExactly(
                org.assertj.core.api.Assertions.entry("left", 1),
                org.assertj.core.api.Assertions.entry("l", 2),
                org.assertj.core.api.Assertions.entry("far", 0));
        assertThat(findings.time()).isEqualTo(T0);
    }

    @Test
    void ignoresUnusableDetections() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        List<Detection> detections = new ArrayList<>(people(2));
        detections.add(new Detection(new ImageBox(150, 150, 0, 60), 0.9));
        detections.add(new Detection(new ImageBox(Double.NaN, 150, 20, 60), 0.9));
        detections.add(null);
        assertThat(rules.evaluate(detections, T0).zoneCounts()).containsEntry("z", 2);
    }

    @Test
    void startsOnlyAfterTheCountLastedTheDurationAndUpdatesAbovePeak() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        assertThat(run(rules, 3, 0, 4)).isEmpty();
        List<AlertChange> start = run(rules, 3, 5, 5);
        assertThat(start).singleElement().satisfies(c -> {
            assertThat(c.phase()).isEqualTo(Phase.START);
            assertThat(c.kind()).isEqualTo(AlertKind.CROWD);
            assertThat(c.zoneId()).isEqualTo("z");
            assertThat(c.count()).isEqualTo(3);
            assertThat(c.boxes()).hasSize(3);
            assertThat(c.lon()).isNaN();
            assertThat(c.lat()).isNaN();
        });
        assertThat(run(rules, 3, 6, 8)).isEmpty();
        assertThat(run(rules, 4, 9, 9)).extracting(AlertChange::phase, AlertChange::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Phase.UPDATE, 4));
        assertThat(run(rules, 3, 10, 10)).isEmpty();
        assertThat(run(rules, 4, 11, 11)).as("4 is not above the peak of 4").isEmpty();
        assertThat(run(rules, 6, 12, 12)).extracting(AlertChange::count).containsExactly(6);
    }

    @Test
    void jitterAroundTheThresholdNeitherStartsNorEnds() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        List<AlertChange> changes = new ArrayList<>();
        for (int t = 0; t < 60; t++) {
            changes.addAll(rules.evaluate(people(t % 2 == 0 ? 3 : 2), at(t)).alertChanges());
        }
        assertThat(changes).as("never 5 s in a row at 3").isEmpty();
        changes.addAll(run(rules, 3, 60, 65));
        assertThat(changes).extracting(AlertChange::phase).containsExactly(Phase.START);
        for (int t = 66; t < 200; t++) {
            // 2 is not below threshold - hysteresis = 2, and 1 never lasts 5 s.
            changes.addAll(rules.evaluate(people(t % 3 == 0 ? 1 : 2), at(t)).alertChanges());
        }
        assertThat(changes).extracting(AlertChange::phase).containsExactly(Phase.START);
    }

    @Test
    void endsAfterTheCountStayedBelowThresholdMinusHysteresis() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        run(rules, 3, 0, 5);
        assertThat(run(rules, 1, 6, 10)).isEmpty();
        assertThat(run(rules, 1, 11, 11)).singleElement().satisfies(c -> {
            assertThat(c.phase()).isEqualTo(Phase.END);
            assertThat(c.count()).isEqualTo(1);
        });
        assertThat(run(rules, 0, 12, 20)).isEmpty();
    }

    @Test
    void noNewStartWithinTheCooldownAfterAnEnd() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        run(rules, 3, 0, 5);
        assertThat(run(rules, 0, 6, 11)).extracting(AlertChange::phase).containsExactly(Phase.END);
        // Ended at 11 s: a crowd reforming at once may only start at 41 s.
        assertThat(run(rules, 3, 12, 40)).isEmpty();
        List<AlertChange> restart = new ArrayList<>();
        restart.addAll(rules.evaluate(people(3), at(40.5)).alertChanges());
        assertThat(restart).isEmpty();
        assertThat(rules.evaluate(people(3), at(41)).alertChanges()).extracting(AlertChange::phase)
                .containsExactly(Phase.START);
    }

    @Test
    void zeroSecondsStartsAndEndsOnTheFrame() {
        ZoneRules rules = new ZoneRules(List.of(new Zone("z", "", SQUARE, 2, 0, 0, 0, 0)), null);
        assertThat(rules.evaluate(people(2), T0).alertChanges()).extracting(AlertChange::phase)
                .containsExactly(Phase.START);
        assertThat(rules.evaluate(people(1), at(0.1)).alertChanges()).extracting(AlertChange::phase)
                .containsExactly(Phase.END);
    }

    @Test
    void aLongGapBetweenFramesRestartsThePendingTimer() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        run(rules, 3, 0, 3);
        // The stream was down from 3 s to 60 s: nobody knows whether the crowd lasted.
        assertThat(run(rules, 3, 60, 64)).isEmpty();
        assertThat(run(rules, 3, 65, 65)).extracting(AlertChange::phase).containsExactly(Phase.START);
    }

    @Test
    void framesOlderThanThePreviousOneDoNotAdvanceTime() {
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        run(rules, 3, 0, 4);
        assertThat(rules.evaluate(people(3), at(1)).alertChanges()).isEmpty();
        FrameFindings late = rules.evaluate(people(3), at(2));
        assertThat(late.time()).isEqualTo(at(2));
        assertThat(late.alertChanges()).isEmpty();
        assertThat(rules.evaluate(people(3), at(5)).alertChanges()).hasSize(1);
    }

    @Test
    void zonesRunIndependently() {
        Zone other = new Zone("other", "", List.of(new ImagePoint(400, 0), new ImagePoint(600, 0),
                new ImagePoint(600, 300), new ImagePoint(400, 300)), 1, 0, 0, 0, 0);
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z"), other), null);
        List<Detection> detections = new ArrayList<>(people(3));
        detections.add(personAt(500, 200));
        assertThat(rules.evaluate(detections, T0).alertChanges()).extracting(AlertChange::zoneId)
                .containsExactly("other");
        assertThat(rules.evaluate(detections, at(5)).alertChanges()).extracting(AlertChange::zoneId)
                .containsExactly("z");
    }

    @Test
    void positionIsTheCentroidOfTheProjectedFootPointsAndKeptForAnEmptyEnd() throws Exception {
        GroundProjection projection = GroundProjection.forDrone(
                new DroneTelemetry("uav", T0, 120.6, 27.8, 60, 0, -90, 80, 60), 640, 480);
        ZoneRules rules = new ZoneRules(List.of(new Zone("z", "", SQUARE, 2, 0, 0, 0, 0)), projection);
        List<Detection> two = List.of(personAt(150, 200), personAt(250, 280));
        AlertChange start = rules.evaluate(two, T0).alertChanges().get(0);
        LonLat a = projection.toMap(new ImagePoint(150, 200)).orElseThrow();
        LonLat b = projection.toMap(new ImagePoint(250, 280)).orElseThrow();
        assertThat(start.lon()).isCloseTo((a.lon() + b.lon()) / 2, within(1e-12));
        assertThat(start.lat()).isCloseTo((a.lat() + b.lat()) / 2, within(1e-12));
        AlertChange end = rules.evaluate(List.of(), at(1)).alertChanges().get(0);
        assertThat(end.phase()).isEqualTo(Phase.END);
        assertThat(end.count()).isZero();
        assertThat(end.boxes()).isEmpty();
        assertThat(end.lon()).isEqualTo(start.lon());
        assertThat(end.lat()).isEqualTo(start.lat());
    }

    @Test
    void refusesInvalidZonesAndMissingArguments() {
        Zone bowTie = new Zone("bow", "", List.of(new ImagePoint(0, 0), new ImagePoint(100, 100),
                new ImagePoint(100, 0), new ImagePoint(0, 100)), 3, 5, 1, 30, 0);
        assertThatThrownBy(() -> new ZoneRules(List.of(bowTie), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zones[0].polygon");
        ZoneRules rules = new ZoneRules(List.of(crowdZone("z")), null);
        assertThatThrownBy(() -> rules.evaluate(null, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.evaluate(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
