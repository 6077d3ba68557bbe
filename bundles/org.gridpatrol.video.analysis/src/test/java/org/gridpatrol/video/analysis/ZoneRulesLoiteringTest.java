package org.gridpatrol.video.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridpatrol.video.analysis.AlertChange.Phase;
import org.gridpatrol.video.api.AlertKind;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.Zone;
import org.junit.jupiter.api.Test;

/** Loitering in the zone (200,100)-(400,300) after 10 s; crowd threshold out of reach. Frames at 2 fps. */
class ZoneRulesLoiteringTest {

    private static final Instant T0 = Instant.parse("2026-05-01T20:00:00Z");
    private static final Zone GATE = new Zone("gate", "school gate", List.of(new ImagePoint(200, 100),
            new ImagePoint(400, 100), new ImagePoint(400, 300), new ImagePoint(200, 300)), 50, 5, 0, 0, 10);

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    /** A 40x100 person with feet at (footX, footY). */
    private static Detection person(double footX, double footY) {
        return new Detection(new ImageBox(footX - 20, footY - 100, 40, 100), 0.9);
    }

    private final ZoneRules rules = new ZoneRules(List.of(GATE), null);
    private final List<AlertChange> changes = new ArrayList<>();
    private final List<Double> changeTimes = new ArrayList<>();

    private void frame(double seconds, Detection... people) {
        List<AlertChange> found = rules.evaluate(List.of(people), at(seconds)).alertChanges();
        changes.addAll(found);
        found.forEach(c -> changeTimes.add(seconds));
    }

    /** Standing with a few pixels of detector jitter. */
    private static Detection standing(double footX, double footY, double t) {
        return person(footX + ((int) (t * 2) % 3 - 1) * 3, footY + ((int) (t * 2) % 2) * 2);
    }

    @Test
    void someoneStandingInsideLoitersOnceAfterTheTime() {
        for (double t = 0; t <= 30; t += 0.5) {
            frame(t, standing(300, 200, t));
        }
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(AlertKind.LOITERING);
            assertThat(c.phase()).isEqualTo(Phase.START);
            assertThat(c.zoneId()).isEqualTo("gate");
            assertThat(c.count()).isEqualTo(1);
            assertThat(c.boxes()).hasSize(1);
            assertThat(c.lon()).isNaN();
        });
        assertThat(changeTimes).containsExactly(10.0);
    }

    @Test
    void someoneWalkingThroughDoesNotLoiter() {
        // 20 px per frame (40 px/s): 5 s to cross the 200 px zone.
        for (double t = 0; t <= 15; t += 0.5) {
            frame(t, person(150 + 40 * t, 200));
        }
        assertThat(changes).isEmpty();
    }

    @Test
    void endsWhenTheLoitererLeaves() {
        for (double t = 0; t <= 12; t += 0.5) {
            frame(t, standing(300, 200, t));
        }
        for (double t = 12.5; t <= 16; t += 0.5) {
            frame(t, person(300 + 40 * (t - 12), 200));
        }
        assertThat(changes).extracting(AlertChange::phase).containsExactly(Phase.START, Phase.END);
        // The feet cross x = 400 after 2.5 s of walking.
        assertThat(changeTimes).containsExactly(10.0, 15.0);
        assertThat(changes.get(1).count()).isZero();
    }

    @Test
    void endsWhenTheLoitererIsNoLongerSeenForTwoSeconds() {
        for (double t = 0; t <= 12; t += 0.5) {
            frame(t, standing(300, 200, t));
        }
        frame(13);
        frame(14);
        assertThat(changes).extracting(AlertChange::phase).containsExactly(Phase.START);
        frame(14.5);
        assertThat(changes).extracting(AlertChange::phase).containsExactly(Phase.START, Phase.END);
    }

    @Test
    void shortDetectionMissesDoNotRestartTheTimer() {
        for (double t = 0; t <= 12; t += 0.5) {
            // The detector misses the person on every third frame.
            if ((int) (t * 2) % 3 == 2) {
                frame(t);
            } else {
                frame(t, standing(300, 200, t));
            }
        }
        assertThat(changes).extracting(AlertChange::phase).containsExactly(Phase.START);
        assertThat(changeTimes.get(0)).isBetween(10.0, 10.5);
    }

    @Test
    void detectionsFarApartInTimeStartOver() {
        for (double t = 0; t <= 6; t += 0.5) {
            frame(t, standing(300, 200, t));
        }
        // Not seen from 6 s to 9 s: the track expired, the stay starts again at 9 s.
        for (double t = 9; t <= 25; t += 0.5) {
            frame(t, standing(300, 200, t));
        }
        assertThat(changeTimes).containsExactly(19.0);
    }

    @Test
    void aPasserByCrossingTheLoitererNeitherEndsNorDuplicatesTheAlert() {
        for (double t = 0; t <= 10; t += 0.5) {
            frame(t, standing(300, 220, t));
        }
        assertThat(changes).hasSize(1);
        // Walks past just behind (feet 30 px higher) from left to right through the loiterer's position.
        for (double t = 10.5; t <= 16; t += 0.5) {
            frame(t, standing(300, 220, t), person(160 + 40 * (t - 10), 190));
        }
        assertThat(changes).extracting(AlertChange::phase).containsExactly(Phase.START);
    }

    @Test
    void moreLoiterersAtOnceUpdateTheAlertAndItEndsWhenAllAreGone() {
        for (double t = 0; t <= 4.5; t += 0.5) {
            frame(t, standing(250, 200, t));
        }
        for (double t = 5; t <= 16; t += 0.5) {
            frame(t, standing(250, 200, t), standing(350, 280, t));
        }
        for (double t = 16.5; t <= 19; t += 0.5) {
            frame(t, standing(350, 280, t));
        }
        for (double t = 19.5; t <= 22; t += 0.5) {
            frame(t);
        }
        assertThat(changes).extracting(AlertChange::phase, AlertChange::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Phase.START, 1),
                org.assertj.core.groups.Tuple.tuple(Phase.UPDATE, 2),
                org.assertj.core.groups.Tuple.tuple(Phase.END, 0));
        // The first leaves at 16 s (expired at 18.5 s, the other still loiters), the second at 19 s.
        assertThat(changeTimes).containsExactly(10.0, 15.0, 21.5);
    }

    @Test
    void zonesWithoutLoiterTimeNeverReportLoitering() {
        Zone noLoiter = new Zone("plain", "", GATE.polygon(), 50, 5, 0, 0, 0);
        ZoneRules plain = new ZoneRules(List.of(noLoiter), null);
        List<AlertChange> all = new ArrayList<>();
        for (double t = 0; t <= 60; t += 0.5) {
            all.addAll(plain.evaluate(List.of(standing(300, 200, t)), at(t)).alertChanges());
        }
        assertThat(all).isEmpty();
    }
}
