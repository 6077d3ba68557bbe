package org.gridpatrol.checkpoint.internal;

import org.gridpatrol.testing.SettableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridpatrol.checkpoint.api.DutyRoster;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/** The staffing watch over a real roster, with membership set by the test and time moved by it. */
class StaffingWatchTest {

    @TempDir
    static Path folder;

    private static Capability capability;
    private StaffingWatch watch;

    @BeforeAll
    static void open() throws Exception {
        capability = new Capability(TestStores.h2gis(folder));
    }

    @AfterAll
    static void close() {
        capability.close();
    }

    @BeforeEach
    void aShiftFromEightToNoon() throws Exception {
        capability.clear();
        capability.checkpoints.save(List.of(Shapes.circle("KD-1", 100)));
        capability.roster.addShift("KD-1", "P-001", Capability.START, Capability.START.plus(Duration.ofHours(4)));
        capability.roster.addShift("KD-1", "P-002", Capability.START, Capability.START.plus(Duration.ofHours(2)));
        capability.events.clear();
        capability.clock.set(Capability.START.minus(Duration.ofMinutes(10)));
        watch = new StaffingWatch(capability.roster, capability.checkpoints, capability.events,
                Configs.of(DutyConfig.class, Map.of()), capability.clock);
    }

    /** Moves the clock to {@code minutes} after the shift start and checks. */
    private void checkAt(double minutes) {
        capability.clock.set(Capability.START.plusSeconds(Math.round(minutes * 60)));
        watch.check();
    }

    private List<Event> staffing() {
        return capability.events.events().stream().filter(event -> event.getTopic().startsWith("org/gridpatrol/checkpoint/"))
                .toList();
    }

    @Test
    void nobodyThereForTheGracePeriodIsReportedOnce() {
        checkAt(-5);
        checkAt(0);
        checkAt(4.5);
        assertThat(staffing()).isEmpty();

        checkAt(5);
        checkAt(5.5);
        checkAt(30);

        assertThat(staffing()).hasSize(1);
        Event unstaffed = staffing().get(0);
        assertThat(unstaffed.getTopic()).isEqualTo(DutyRoster.TOPIC_UNSTAFFED);
        assertThat(unstaffed.getProperty("checkpoint")).isEqualTo("KD-1");
        assertThat(unstaffed.getProperty("checkpointName")).isEqualTo("卡点KD-1");
        assertThat(unstaffed.getProperty("time")).isEqualTo("2026-11-22T00:05:00Z");
        assertThat((String[]) unstaffed.getProperty("rostered")).containsExactly("P-001", "P-002");
    }

    @Test
    void arrivingClearsTheAlarmAndLeavingAgainStartsANewGracePeriod() {
        checkAt(0);
        checkAt(6);
        capability.membership.set("checkpoint:KD-1", "P-002");
        checkAt(7);
        checkAt(8);

        assertThat(staffing()).extracting(Event::getTopic)
                .containsExactly(DutyRoster.TOPIC_UNSTAFFED, DutyRoster.TOPIC_STAFFED);
        Event staffed = staffing().get(1);
        assertThat((String[]) staffed.getProperty("present")).containsExactly("P-002");
        assertThat(staffed.getProperty("reason")).isEqualTo("present");

        capability.membership.set("checkpoint:KD-1");
        checkAt(9);
        checkAt(13.5);
        assertThat(staffing()).hasSize(2);
        checkAt(14);
        assertThat(staffing()).extracting(Event::getTopic).containsExactly(DutyRoster.TOPIC_UNSTAFFED,
                DutyRoster.TOPIC_STAFFED, DutyRoster.TOPIC_UNSTAFFED);
    }

    @Test
    void someoneThereFromTheStartRaisesNothing() {
        capability.membership.set("checkpoint:KD-1", "P-001");
        for (int minute = 0; minute <= 60; minute += 1) {
            checkAt(minute);
        }
        assertThat(staffing()).isEmpty();
    }

    @Test
    void aUnitThatIsNotRosteredDoesNotStaffTheCheckpoint() {
        capability.membership.set("checkpoint:KD-1", "P-003");
        checkAt(0);
        checkAt(5);
        assertThat(staffing()).extracting(Event::getTopic).containsExactly(DutyRoster.TOPIC_UNSTAFFED);
    }

    @Test
    void theEndOfTheShiftsClearsARaisedAlarm() {
        checkAt(0);
        checkAt(10);
        checkAt(240);
        checkAt(300);

        assertThat(staffing()).extracting(Event::getTopic).containsExactly(DutyRoster.TOPIC_UNSTAFFED,
                DutyRoster.TOPIC_STAFFED);
        assertThat(staffing().get(1).getProperty("reason")).isEqualTo("shift-ended");
    }

    @Test
    void aWatchStartedDuringAShiftGivesTheFullGracePeriodFirst() {
        capability.clock.set(Capability.START.plus(Duration.ofMinutes(30)));
        watch = new StaffingWatch(capability.roster, capability.checkpoints, capability.events,
                Configs.of(DutyConfig.class, Map.of("graceMinutes", 10)), capability.clock);

        checkAt(30);
        checkAt(39);
        assertThat(staffing()).isEmpty();
        checkAt(40);
        assertThat(staffing()).hasSize(1);
    }

    @Test
    void configurationOutOfRangeIsRefused() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new StaffingWatch(capability.roster, capability.checkpoints, capability.events,
                Configs.of(DutyConfig.class, Map.of("checkSeconds", 0)), new SettableClock(now)))
                .hasMessageContaining("checkSeconds");
        assertThatThrownBy(() -> new StaffingWatch(capability.roster, capability.checkpoints, capability.events,
                Configs.of(DutyConfig.class, Map.of("graceMinutes", -1)), new SettableClock(now)))
                .hasMessageContaining("graceMinutes");
    }
}
