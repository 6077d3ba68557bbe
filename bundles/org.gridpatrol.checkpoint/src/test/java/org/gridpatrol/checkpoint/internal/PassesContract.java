package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.HealthCode;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.checkpoint.api.PassStats;
import org.gridpatrol.checkpoint.api.PassType;
import org.gridpatrol.checkpoint.api.Passes;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.service.event.Event;

/** What {@link JdbcPasses} promises, run against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PassesContract {

    private Capability capability;
    private JdbcPasses passes;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        capability = new Capability(openStore());
        passes = capability.passes;
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
        capability.events.clear();
    }

    static Pass pass(String checkpoint, Instant time, HealthCode code, String subject) {
        return new Pass(0, checkpoint, time, Pass.SubjectKind.PERSON, subject, true, code, PassType.RESIDENT, "officer-1");
    }

    @Test
    void passesGetIdsAndAreListedNewestFirst() {
        Instant t = Capability.START.minus(Duration.ofHours(1));
        List<Pass> stored = passes.record(List.of(pass("KD-1", t, HealthCode.GREEN, "张三"),
                pass("KD-1", t.plusSeconds(60), HealthCode.GREEN, " 李四 "),
                new Pass(0, "KD-2", t.plusSeconds(30), Pass.SubjectKind.VEHICLE, "浙C12345", false, HealthCode.GREEN,
                        PassType.VISITOR, null)));

        assertThat(stored).extracting(Pass::id).doesNotContain(0L).doesNotHaveDuplicates();
        assertThat(passes.list(null, null, null, 10)).extracting(Pass::subject).containsExactly("李四", "浙C12345", "张三");
        assertThat(passes.list("KD-1", null, null, 10)).hasSize(2);
        assertThat(passes.list(null, t.plusSeconds(30), t.plusSeconds(60), 10)).extracting(Pass::subject)
                .containsExactly("浙C12345");
        assertThat(passes.list(null, null, null, 1)).hasSize(1);
        Pass vehicle = passes.list("KD-2", null, null, 10).get(0);
        assertThat(vehicle).isEqualTo(stored.get(2));
        assertThat(vehicle.inbound()).isFalse();
        assertThat(vehicle.officer()).isNull();
    }

    @Test
    void aBatchWithOneBadPassStoresNothing() {
        Instant t = Capability.START;
        assertRefused(List.of(pass("KD-1", t, HealthCode.RED, "张三"), pass("KD-9", t, HealthCode.GREEN, "李四")),
                "passes[1].checkpointCode");
        assertRefused(List.of(pass("KD-1", t, HealthCode.GREEN, "  ")), "passes[0].subject");
        assertRefused(List.of(pass("KD-1", t.plus(Duration.ofMinutes(6)), HealthCode.GREEN, "张三")), "passes[0].time");
        assertRefused(List.of(pass("KD-1", Instant.parse("1999-12-31T00:00:00Z"), HealthCode.GREEN, "张三")),
                "passes[0].time");
        assertRefused(List.of(pass("KD-1", t, HealthCode.GREEN, "长".repeat(101))), "passes[0].subject");

        assertThat(passes.list(null, null, null, 10)).isEmpty();
        assertThat(capability.events.events()).isEmpty();
        // Clock skew of up to five minutes is accepted.
        assertThat(passes.record(List.of(pass("KD-1", t.plus(Duration.ofMinutes(4)), HealthCode.GREEN, "张三")))).hasSize(1);
    }

    @Test
    void redAndYellowCodesAreAnnouncedAfterTheyAreStored() {
        List<Pass> stored = passes.record(List.of(pass("KD-1", Capability.START, HealthCode.RED, "王五"),
                pass("KD-1", Capability.START, HealthCode.GREEN, "赵六"),
                pass("KD-2", Capability.START, HealthCode.YELLOW, "钱七")));

        List<Event> events = capability.events.events(Passes.TOPIC_HEALTH_CODE);
        assertThat(events).extracting(event -> event.getProperty("healthCode")).containsExactly("RED", "YELLOW");
        Event red = events.get(0);
        assertThat(red.getProperty("checkpoint")).isEqualTo("KD-1");
        assertThat(red.getProperty("checkpointName")).isEqualTo("卡点KD-1");
        assertThat(red.getProperty("passId")).isEqualTo(stored.get(0).id());
        assertThat(red.getProperty("subjectKind")).isEqualTo("PERSON");
        assertThat(red.getProperty("subject")).isEqualTo("王五");
        assertThat(red.getProperty("time")).isEqualTo("2026-11-22T00:00:00Z");
    }

    @Test
    void statsCountPerCheckpointAndShanghaiDay() {
        // 15:59 UTC is 23:59 in Shanghai; 16:00 UTC is already the next day there.
        Instant lateOn21st = Instant.parse("2026-11-21T15:59:00Z");
        Instant earlyOn22nd = Instant.parse("2026-11-21T16:00:00Z");
        passes.record(List.of(pass("KD-1", lateOn21st, HealthCode.GREEN, "a"),
                pass("KD-1", earlyOn22nd, HealthCode.RED, "b"), pass("KD-1", earlyOn22nd, HealthCode.GREEN, "c"),
                pass("KD-1", earlyOn22nd, HealthCode.YELLOW, "d"), pass("KD-1", earlyOn22nd, HealthCode.GREEN, "e"),
                pass("KD-2", earlyOn22nd, HealthCode.RED, "f")));

        LocalDate day21 = LocalDate.parse("2026-11-21");
        LocalDate day22 = LocalDate.parse("2026-11-22");
        List<PassStats> stats = passes.stats(null, day21, day22);

        assertThat(stats).containsExactly(new PassStats("KD-1", day21, 1, 1, 0, 0), new PassStats("KD-1", day22, 4, 2, 1, 1),
                new PassStats("KD-2", day22, 1, 0, 0, 1));
        assertThat(stats.get(1).redShare()).isCloseTo(0.25, within(1e-9));
        assertThat(stats.get(2).redShare()).isEqualTo(1.0);
        assertThat(passes.stats("KD-2", day21, day22)).hasSize(1);
        assertThat(passes.stats(null, day22, day22)).hasSize(2);
        assertThat(passes.stats(null, LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"))).isEmpty();
    }

    @Test
    void passesStayWhenTheirCheckpointChangesAndGoWithIt() {
        passes.record(List.of(pass("KD-1", Capability.START, HealthCode.GREEN, "张三")));

        capability.checkpoints.save(List.of(Shapes.circle("KD-1", 300)));
        assertThat(passes.list("KD-1", null, null, 10)).hasSize(1);

        capability.checkpoints.delete("KD-1");
        assertThat(passes.list("KD-1", null, null, 10)).isEmpty();
    }

    private void assertRefused(List<Pass> batch, String field) {
        assertThatThrownBy(() -> passes.record(batch)).as(field).isInstanceOfSatisfying(CheckpointException.class,
                refused -> assertThat(refused.field()).as(refused.getMessage()).isEqualTo(field));
    }
}
