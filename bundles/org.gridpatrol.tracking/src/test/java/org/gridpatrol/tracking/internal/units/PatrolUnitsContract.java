package org.gridpatrol.tracking.internal.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What {@link JdbcPatrolUnits} promises, run against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PatrolUnitsContract {

    private TestStores.OpenStore openStore;
    private TrackingFixture fixture;
    private JdbcPatrolUnits units;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        openStore = openStore();
        fixture = new TrackingFixture(openStore.store());
    }

    @AfterAll
    void close() {
        if (openStore != null) {
            openStore.close();
        }
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection connection = openStore.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM patrol_unit");
        }
        fixture.events.clear();
        units = new JdbcPatrolUnits(openStore.store(), fixture.grids, fixture.events);
    }

    private static void assertRefused(Runnable call, int index, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(UnitInputException.class, refused -> {
            assertThat(refused.field()).as(refused.getMessage()).isEqualTo(field);
            assertThat(refused.index()).isEqualTo(index);
        });
    }

    @Test
    void storesEveryFieldDurablyAndFindsByCodeAndDevice() {
        PatrolUnit drone = new PatrolUnit("UAV-1", "无人机一号", UnitKind.DRONE, "空中", TrackingFixture.TOWN,
                "+86 138-1234-5678", "868123456789012", UnitStatus.BUSY);

        units.save(List.of(drone, TrackingFixture.unit("P1", "10000001")));

        PatrolUnits reopened = new JdbcPatrolUnits(openStore.store(), fixture.grids, fixture.events);
        assertThat(reopened.find("UAV-1")).contains(drone);
        assertThat(reopened.findByDevice("868123456789012")).contains(drone);
        assertThat(reopened.findByDevice("nope")).isEmpty();
        assertThat(reopened.count()).isEqualTo(2);
        assertThat(fixture.events.events(PatrolUnits.TOPIC_CHANGED)).singleElement()
                .satisfies(event -> assertThat(event.getProperty("codes")).isEqualTo(List.of("UAV-1", "P1")));
    }

    @Test
    void optionalFieldsMayBeAbsentAndBlankMeansAbsent() {
        units.save(List.of(new PatrolUnit("V1", " ", UnitKind.VEHICLE, null, "", null, "dev-v1", UnitStatus.OFF_DUTY)));

        assertThat(units.find("V1")).contains(
                new PatrolUnit("V1", null, UnitKind.VEHICLE, null, null, null, "dev-v1", UnitStatus.OFF_DUTY));
    }

    @Test
    void listsByCodeWithFilters() {
        units.save(List.of(TrackingFixture.unit("P2", "d2"), TrackingFixture.unit("P1", "d1").withStatus(UnitStatus.BUSY),
                new PatrolUnit("V1", "车", UnitKind.VEHICLE, "B", null, null, "d3", UnitStatus.AVAILABLE)));

        assertThat(units.list(null, null, null)).extracting(PatrolUnit::code).containsExactly("P1", "P2", "V1");
        assertThat(units.list(UnitKind.PATROLLER, null, null)).extracting(PatrolUnit::code).containsExactly("P1", "P2");
        assertThat(units.list(null, "B", null)).extracting(PatrolUnit::code).containsExactly("V1");
        assertThat(units.list(null, null, UnitStatus.AVAILABLE)).extracting(PatrolUnit::code).containsExactly("P2", "V1");
        assertThat(units.list(UnitKind.DRONE, null, null)).isEmpty();
    }

    @Test
    void savingAnExistingCodeReplacesIt() {
        units.save(List.of(TrackingFixture.unit("P1", "d1")));
        PatrolUnit moved = new PatrolUnit("P1", "新名字", UnitKind.PATROLLER, "C", null, null, "d9", UnitStatus.BUSY);

        units.save(List.of(moved));

        assertThat(units.list(null, null, null)).containsExactly(moved);
        assertThat(units.findByDevice("d1")).isEmpty();
        assertThat(units.findByDevice("d9")).contains(moved);
    }

    @Test
    void aBatchWithABlankCodeOrDeviceStoresNothing() {
        assertRefused(() -> units.save(List.of(TrackingFixture.unit("P1", "d1"), TrackingFixture.unit(" ", "d2"))), 1, "code");
        assertRefused(() -> units.save(List.of(TrackingFixture.unit("P1", "d1"), TrackingFixture.unit("P2", " "))), 1,
                "deviceId");
        assertRefused(() -> units.save(List.of(TrackingFixture.unit("P/1", "d1"))), 0, "code");
        assertRefused(() -> units.save(List.of(TrackingFixture.unit("P1", "dev/1"))), 0, "deviceId");
        assertRefused(() -> units.save(List.of(TrackingFixture.unit("live", "d1"))), 0, "code");

        assertThat(units.count()).isZero();
        assertThat(fixture.events.events()).isEmpty();
    }

    @Test
    void aDeviceBelongsToOneUnitButUnitsMaySwapDevicesInOneBatch() {
        units.save(List.of(TrackingFixture.unit("P1", "d1"), TrackingFixture.unit("P2", "d2")));

        assertRefused(() -> units.save(List.of(TrackingFixture.unit("P3", "d1"))), 0, "deviceId");
        assertRefused(() -> units.save(List.of(TrackingFixture.unit("P3", "d3"), TrackingFixture.unit("P4", "d3"))), 1,
                "deviceId");
        assertRefused(() -> units.save(List.of(TrackingFixture.unit("P3", "d3"), TrackingFixture.unit("P3", "d4"))), 1,
                "code");

        units.save(List.of(TrackingFixture.unit("P1", "d2"), TrackingFixture.unit("P2", "d1")));
        assertThat(units.findByDevice("d1")).map(PatrolUnit::code).contains("P2");
        assertThat(units.findByDevice("d2")).map(PatrolUnit::code).contains("P1");
    }

    @Test
    void theHomeGridMustExist() {
        PatrolUnit lost = new PatrolUnit("P1", null, UnitKind.PATROLLER, null, "330381999", null, "d1", UnitStatus.AVAILABLE);

        assertRefused(() -> units.save(List.of(lost)), 0, "homeGridCode");
        assertThat(units.count()).isZero();
    }

    @Test
    void statusChangesAndDeletionsAreStoredAndAnnounced() {
        units.save(List.of(TrackingFixture.unit("P1", "d1")));
        fixture.events.clear();

        assertThat(units.setStatus("P1", UnitStatus.BUSY)).isTrue();
        assertThat(units.setStatus("nobody", UnitStatus.BUSY)).isFalse();
        assertThat(new JdbcPatrolUnits(openStore.store(), fixture.grids, fixture.events).find("P1"))
                .map(PatrolUnit::status).contains(UnitStatus.BUSY);

        assertThat(units.delete("P1")).isTrue();
        assertThat(units.delete("P1")).isFalse();
        assertThat(units.find("P1")).isEmpty();
        assertThat(units.findByDevice("d1")).isEmpty();
        assertThat(fixture.events.events(PatrolUnits.TOPIC_CHANGED)).extracting(event -> event.getProperty("codes"))
                .containsExactly(List.of("P1"), List.of("P1"));
    }
}
