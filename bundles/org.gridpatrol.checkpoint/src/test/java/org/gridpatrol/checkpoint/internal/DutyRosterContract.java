package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Shift;
import org.gridpatrol.checkpoint.api.Staffing;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What {@link JdbcDutyRoster} promises, run against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DutyRosterContract {

    static final Instant EIGHT = Instant.parse("2026-11-22T00:00:00Z");
    static final Instant NOON = EIGHT.plus(Duration.ofHours(4));

    private Capability capability;
    private JdbcDutyRoster roster;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        capability = new Capability(openStore());
        roster = capability.roster;
    }

    @AfterAll
    void close() {
        if (capability != null) {
            capability.close();
        }
    }

    @BeforeEach
    void twoCheckpoints() throws Exception {
        capability.clear();
        capability.checkpoints.save(List.of(Shapes.circle("KD-1", 100), Shapes.circle("KD-2", 120.57, 27.75, 50)));
    }

    @Test
    void shiftsAreStoredAndFoundByOverlap() {
        Shift morning = roster.addShift("KD-1", "P-001", EIGHT, NOON);
        Shift afternoon = roster.addShift("KD-1", "P-002", NOON, NOON.plus(Duration.ofHours(4)));
        roster.addShift("KD-2", "P-003", EIGHT, NOON);

        assertThat(morning.id()).isNotEqualTo(afternoon.id());
        assertThat(roster.shifts("KD-1", EIGHT, NOON.plusSeconds(1))).containsExactly(morning, afternoon);
        assertThat(roster.shifts("KD-1", NOON, NOON.plusSeconds(1))).containsExactly(afternoon);
        assertThat(roster.shifts("KD-1", EIGHT.minusSeconds(60), EIGHT)).isEmpty();
        assertThat(roster.shifts(null, EIGHT, NOON)).hasSize(2);
        assertThat(roster.removeShift(morning.id())).isTrue();
        assertThat(roster.removeShift(morning.id())).isFalse();
        assertThat(roster.shifts("KD-1", EIGHT, NOON.plusSeconds(1))).containsExactly(afternoon);
    }

    @Test
    void badShiftsNameTheField() {
        assertRefused(() -> roster.addShift("KD-9", "P-001", EIGHT, NOON), "checkpointCode");
        assertRefused(() -> roster.addShift("KD-1", "P-404", EIGHT, NOON), "unitCode");
        assertRefused(() -> roster.addShift("KD-1", "P-001", NOON, EIGHT), "end");
        assertRefused(() -> roster.addShift("KD-1", "P-001", NOON, NOON), "end");
        assertRefused(() -> roster.addShift("KD-1", "P-001", EIGHT, EIGHT.plus(Duration.ofHours(25))), "end");
        assertThat(roster.shifts(null, Instant.EPOCH, NOON.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void aUnitWhoseReportsStoppedIsNoLongerPresent() {
        roster.addShift("KD-1", "P-001", EIGHT, NOON);
        Instant nine = EIGHT.plus(Duration.ofHours(1));
        capability.membership.set("checkpoint:KD-1", "P-001");

        capability.membership.lastReport("P-001", nine.minus(Capability.PRESENCE_MAX_AGE));
        assertThat(roster.staffing("KD-1", nine).orElseThrow().staffed()).as("last report just in time").isTrue();

        capability.membership.lastReport("P-001", nine.minus(Capability.PRESENCE_MAX_AGE).minusSeconds(1));
        Staffing silent = roster.staffing("KD-1", nine).orElseThrow();
        assertThat(silent.present()).as("settled inside, but silent too long").isEmpty();
        assertThat(silent.staffed()).isFalse();
    }

    @Test
    void staffingIsWhoOfTheRosteredIsInsideTheFence() {
        roster.addShift("KD-1", "P-001", EIGHT, NOON);
        roster.addShift("KD-1", "P-002", EIGHT, NOON);
        Instant nine = EIGHT.plus(Duration.ofHours(1));

        capability.membership.set("checkpoint:KD-1", "P-003");
        Staffing nobody = roster.staffing("KD-1", nine).orElseThrow();
        assertThat(nobody.rostered()).containsExactlyInAnyOrder("P-001", "P-002");
        assertThat(nobody.present()).isEmpty();
        assertThat(nobody.staffed()).isFalse();

        capability.membership.set("checkpoint:KD-1", "P-002", "P-003");
        Staffing one = roster.staffing("KD-1", nine).orElseThrow();
        assertThat(one.present()).containsExactly("P-002");
        assertThat(one.staffed()).isTrue();

        Staffing offDuty = roster.staffing("KD-1", NOON).orElseThrow();
        assertThat(offDuty.rostered()).isEmpty();
        assertThat(offDuty.staffed()).isTrue();
        assertThat(roster.staffing("KD-9", nine)).isEmpty();

        assertThat(roster.running(nine)).containsOnlyKeys("KD-1");
        assertThat(roster.running(nine).get("KD-1").since()).isEqualTo(EIGHT);
    }

    @Test
    void shiftsGoWithTheirCheckpoint() {
        roster.addShift("KD-1", "P-001", EIGHT, NOON);
        capability.checkpoints.save(List.of(Shapes.circle("KD-1", 150)));
        assertThat(roster.shifts("KD-1", EIGHT, NOON)).hasSize(1);

        capability.checkpoints.delete("KD-1");
        assertThat(roster.shifts(null, EIGHT, NOON)).isEmpty();
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).as(field).isInstanceOfSatisfying(CheckpointException.class,
                refused -> assertThat(refused.field()).as(refused.getMessage()).isEqualTo(field));
    }
}
