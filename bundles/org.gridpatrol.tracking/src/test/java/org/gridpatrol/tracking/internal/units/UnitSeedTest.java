package org.gridpatrol.tracking.internal.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo seed over the real register, with a small CSV holding good rows and refused ones. */
class UnitSeedTest {

    @TempDir
    static Path folder;

    private static TestStores.OpenStore store;
    private static TrackingFixture fixture;
    private static Path karafHome;

    @BeforeAll
    static void open() throws Exception {
        store = TestStores.h2gis(folder.resolve("store"));
        fixture = new TrackingFixture(store.store());
        karafHome = Files.createDirectories(folder.resolve("karaf"));
        Files.createDirectories(karafHome.resolve("etc"));
        try (InputStream csv = UnitSeedTest.class.getResourceAsStream("demo-units.csv")) {
            Files.copy(csv, karafHome.resolve("etc/demo-units.csv"));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection connection = store.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM patrol_unit");
        }
    }

    private JdbcPatrolUnits units() {
        return new JdbcPatrolUnits(store.store(), fixture.grids, fixture.events);
    }

    private static UnitSeedConfig config(String file) {
        return Configs.of(UnitSeedConfig.class, Map.of("unitsFile", file));
    }

    @Test
    void anEmptyRegisterGetsTheReadableUnitsAndTheRestIsSkipped() {
        JdbcPatrolUnits units = units();

        new UnitSeed(units, config("${karaf.home}/etc/demo-units.csv"), karafHome.toString());

        assertThat(units.list(null, null, null)).containsExactly(
                new PatrolUnit("P001", "张三", UnitKind.PATROLLER, "安阳一队", TrackingFixture.TOWN, "13812345678",
                        "10000001", UnitStatus.AVAILABLE),
                new PatrolUnit("V001", "巡逻车, 一号", UnitKind.VEHICLE, "机动队", null, "13900001111", "10000002",
                        UnitStatus.OFF_DUTY));
    }

    @Test
    void aRegisterWithUnitsIsLeftAlone() {
        JdbcPatrolUnits units = units();
        units.save(List.of(TrackingFixture.unit("MINE", "d-mine")));

        new UnitSeed(units, config(karafHome.resolve("etc/demo-units.csv").toString()), karafHome.toString());

        assertThat(units.list(null, null, null)).extracting(PatrolUnit::code).containsExactly("MINE");
    }

    @Test
    void noFileOrAMissingFileSeedsNothing() {
        JdbcPatrolUnits units = units();

        new UnitSeed(units, config(""), karafHome.toString());
        new UnitSeed(units, config("${karaf.home}/etc/missing.csv"), karafHome.toString());

        assertThat(units.count()).isZero();
    }

    @Test
    void aFileWithoutTheHeaderSeedsNothing() throws Exception {
        JdbcPatrolUnits units = units();
        Path file = Files.writeString(folder.resolve("no-header.csv"), "P9,x,PATROLLER,,,,d9,AVAILABLE\n");

        assertThat(UnitSeed.load(units, file)).isZero();
        assertThat(units.count()).isZero();
    }
}
