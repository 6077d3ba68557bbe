package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.HealthCode;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.checkpoint.api.PassType;
import org.gridpatrol.checkpoint.api.Passes;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV pass lists into a real register. */
class PassCsvImportTest {

    static final String HEADER = "checkpoint_code,time,subject_kind,subject,direction,health_code,pass_type,officer\n";

    @TempDir
    static Path folder;

    private static Capability capability;
    private PassCsvImport importer;

    @BeforeAll
    static void open() throws Exception {
        capability = new Capability(TestStores.h2gis(folder));
    }

    @AfterAll
    static void close() {
        capability.close();
    }

    @BeforeEach
    void oneCheckpoint() throws Exception {
        capability.clear();
        capability.checkpoints.save(List.of(Shapes.circle("KD-1", 100)));
        capability.events.clear();
        importer = new PassCsvImport(capability.passes);
    }

    private PassCsvImport.Report run(String csv) {
        return importer.run(csv.getBytes(StandardCharsets.UTF_8), "uploader");
    }

    @Test
    void goodRowsAreStoredAndBadRowsReportedWithLineAndColumn() {
        PassCsvImport.Report report = run(HEADER
                + "KD-1,2026-11-21T23:00:00Z,PERSON,张三,IN,GREEN,RESIDENT,officer-1\n"
                + "KD-1,2026-11-21T23:01:00Z,PERSON,李四,IN,BLUE,RESIDENT,officer-1\n"
                + "KD-1,2026-11-21 23:02:00,车辆,\"浙C,12345\",出,红码,访客,\n"
                + "KD-9,2026-11-21T23:03:00Z,PERSON,王五,IN,GREEN,RESIDENT,officer-1\n"
                + "KD-1,2026-11-21T23:04:00Z,PERSON,,IN,GREEN,RESIDENT,officer-1\n"
                + "KD-1,yesterday,PERSON,赵六,IN,GREEN,RESIDENT,officer-1\n"
                + "KD-1,,PERSON,钱七,sideways,GREEN,RESIDENT,officer-1\n");

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rejected()).extracting(PassCsvImport.Rejection::line, PassCsvImport.Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "health_code"),
                        org.assertj.core.groups.Tuple.tuple(5, "checkpoint_code"),
                        org.assertj.core.groups.Tuple.tuple(6, "subject"),
                        org.assertj.core.groups.Tuple.tuple(7, "time"),
                        org.assertj.core.groups.Tuple.tuple(8, "direction"));
        assertThat(report.rejected().get(0).reason()).contains("'BLUE'", "unknown health-code colour", "GREEN, YELLOW or RED");

        List<Pass> stored = capability.passes.list("KD-1", null, null, 10);
        assertThat(stored).extracting(Pass::subject).containsExactly("张三", "浙C,12345");
        Pass vehicle = stored.get(1);
        // A time without offset is Shanghai time; a blank officer is the uploader.
        assertThat(vehicle.time()).isEqualTo(Instant.parse("2026-11-21T15:02:00Z"));
        assertThat(vehicle.subjectKind()).isEqualTo(Pass.SubjectKind.VEHICLE);
        assertThat(vehicle.inbound()).isFalse();
        assertThat(vehicle.healthCode()).isEqualTo(HealthCode.RED);
        assertThat(vehicle.passType()).isEqualTo(PassType.VISITOR);
        assertThat(vehicle.officer()).isEqualTo("uploader");
        assertThat(capability.events.events(Passes.TOPIC_HEALTH_CODE)).hasSize(1);
    }

    @Test
    void columnsMayComeInAnyOrderAndTimeAndOfficerMayBeLeftOut() {
        PassCsvImport.Report report = run("subject,checkpoint_code,health_code,subject_kind,direction,pass_type\n"
                + "张三,KD-1,yellow,person,in,electronic\n");

        assertThat(report.accepted()).isEqualTo(1);
        Pass pass = capability.passes.list(null, null, null, 10).get(0);
        assertThat(pass.time()).isEqualTo(Capability.START);
        assertThat(pass.officer()).isEqualTo("uploader");
        assertThat(pass.healthCode()).isEqualTo(HealthCode.YELLOW);
    }

    @Test
    void theHeaderIsRequiredAndChecked() {
        assertHeaderRefused("");
        assertHeaderRefused("KD-1,2026-11-21T23:00:00Z,PERSON,张三,IN,GREEN,RESIDENT,officer-1\n");
        assertHeaderRefused("checkpoint_code,subject,direction,health_code,pass_type\n");
        assertHeaderRefused(HEADER.strip() + ",colour\n");
        assertThat(capability.passes.list(null, null, null, 10)).isEmpty();
    }

    @Test
    void aFileWithNoGoodRowsStoresNothing() {
        PassCsvImport.Report report = run(HEADER + "KD-9,,PERSON,张三,IN,GREEN,RESIDENT,\n");

        assertThat(report.accepted()).isZero();
        assertThat(report.rejected()).hasSize(1);
        assertThat(capability.passes.list(null, null, null, 10)).isEmpty();
    }

    @Test
    void tooManyRowsAreRefusedAsAWhole() {
        String row = "KD-1,,PERSON,张三,IN,GREEN,RESIDENT,\n";
        assertThatThrownBy(() -> run(HEADER + row.repeat(PassCsvImport.MAX_ROWS + 1)))
                .isInstanceOf(PassCsvImport.TooLarge.class);
        assertThat(capability.passes.list(null, null, null, 10)).isEmpty();
    }

    private void assertHeaderRefused(String csv) {
        assertThatThrownBy(() -> run(csv)).as(csv).isInstanceOfSatisfying(CheckpointException.class,
                refused -> assertThat(refused.field()).isEqualTo("header"));
    }
}
