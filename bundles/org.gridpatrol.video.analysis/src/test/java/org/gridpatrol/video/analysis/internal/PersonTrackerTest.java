package org.gridpatrol.video.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;

import org.gridpatrol.video.api.ImageBox;
import org.junit.jupiter.api.Test;

class PersonTrackerTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    private static ImageBox box(double x, double y) {
        return new ImageBox(x, y, 40, 100);
    }

    @Test
    void intersectionOverUnion() {
        assertThat(PersonTracker.iou(box(0, 0), box(0, 0))).isEqualTo(1);
        assertThat(PersonTracker.iou(box(0, 0), box(20, 0))).isCloseTo(2000.0 / 6000, within(1e-12));
        assertThat(PersonTracker.iou(box(0, 0), box(40, 0))).isZero();
        assertThat(PersonTracker.iou(box(0, 0), box(100, 300))).isZero();
    }

    @Test
    void twoPeopleCrossingKeepTheirIds() {
        PersonTracker tracker = new PersonTracker();
        // A walks right at y=100, B walks left at y=130 (a little nearer the camera); they pass at x=200.
        PersonTracker.Update first = tracker.update(List.of(box(0, 100), box(400, 130)), T0);
        long a = first.idsOfBoxes().get(0);
        long b = first.idsOfBoxes().get(1);
        assertThat(a).isNotEqualTo(b);
        for (int step = 1; step <= 20; step++) {
            // Detections come in no particular order: B first on odd frames.
            ImageBox boxA = box(20 * step, 100);
            ImageBox boxB = box(400 - 20 * step, 130);
            List<ImageBox> boxes = step % 2 == 1 ? List.of(boxB, boxA) : List.of(boxA, boxB);
            PersonTracker.Update update = tracker.update(boxes, at(step * 0.5));
            long idOfA = update.idsOfBoxes().get(step % 2 == 1 ? 1 : 0);
            long idOfB = update.idsOfBoxes().get(step % 2 == 1 ? 0 : 1);
            assertThat(idOfA).as("A at step %d", step).isEqualTo(a);
            assertThat(idOfB).as("B at step %d", step).isEqualTo(b);
            assertThat(update.alive()).hasSize(2);
        }
    }

    @Test
    void fallsBackToTheNearestCentreForAFastMoverWithoutOverlap() {
        PersonTracker tracker = new PersonTracker();
        long id = tracker.update(List.of(box(100, 100)), T0).idsOfBoxes().get(0);
        // Moved 45 px sideways in one slow frame: no overlap left, but within half a height (50 px).
        assertThat(tracker.update(List.of(box(145, 100)), at(1)).idsOfBoxes()).containsExactly(id);
        // 60 px is too far: a new person.
        assertThat(tracker.update(List.of(box(205, 100)), at(2)).idsOfBoxes().get(0)).isNotEqualTo(id);
    }

    @Test
    void aTrackSurvivesShortMissesAndExpiresAfterTwoSeconds() {
        PersonTracker tracker = new PersonTracker();
        long id = tracker.update(List.of(box(100, 100)), T0).idsOfBoxes().get(0);
        PersonTracker.Update missed = tracker.update(List.of(), at(1));
        assertThat(missed.expired()).isEmpty();
        assertThat(missed.alive()).containsKey(id);
        assertThat(tracker.update(List.of(), at(2)).expired()).as("exactly 2 s unseen").isEmpty();
        assertThat(tracker.update(List.of(box(102, 100)), at(2)).idsOfBoxes()).containsExactly(id);
        PersonTracker.Update later = tracker.update(List.of(box(102, 100)), at(4.5));
        assertThat(later.expired()).containsExactly(id);
        assertThat(later.idsOfBoxes().get(0)).isNotEqualTo(id);
        assertThat(later.alive()).containsOnlyKeys(later.idsOfBoxes().get(0));
    }

    @Test
    void oneTrackTakesOneDetection() {
        PersonTracker tracker = new PersonTracker();
        long id = tracker.update(List.of(box(100, 100)), T0).idsOfBoxes().get(0);
        PersonTracker.Update split = tracker.update(List.of(box(105, 100), box(110, 100)), at(0.5));
        assertThat(split.idsOfBoxes()).containsExactly(id, id + 1);
    }
}
