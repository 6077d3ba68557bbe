package org.gridpatrol.tracking.internal.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.ChangedUnit;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.ImpactedItem;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.MultiPolygon;

/** Patrol units in the real register whose home unit an edit deletes or renames. */
class HomeGridImpactsTest {

    private static final String NEW_CODE = "330381009";

    @TempDir
    Path folder;

    private TestStores.OpenStore store;
    private TrackingFixture fixture;
    private MultiPolygon town;

    @BeforeEach
    void register() throws Exception {
        store = TestStores.h2gis(folder);
        fixture = new TrackingFixture(store.store());
        fixture.units.save(List.of(TrackingFixture.unit("P1", "dev-1"),
                new PatrolUnit("V1", "巡逻车", UnitKind.VEHICLE, "B", null, null, "dev-v1", UnitStatus.AVAILABLE)));
        town = fixture.grids.find(TrackingFixture.TOWN).map(GridUnit::geometry).orElseThrow();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDeletedHomeWithoutSuccessorNeedsReassignmentWithNoGuess() {
        List<ImpactedItem> impacted = impacted(new ChangedUnit(TrackingFixture.TOWN, AdminLevel.TOWN, town, null));

        assertThat(impacted).containsExactly(new ImpactedItem("patrol-unit-home", "P1", "巡逻员P1", null, null,
                TrackingFixture.TOWN, null, true));
    }

    @Test
    void aHomeThatComesBackUnderANewCodeNamesItAndStillNeedsReassignment() {
        List<ImpactedItem> impacted = impacted(new ChangedUnit(TrackingFixture.TOWN, AdminLevel.TOWN, town, null),
                new ChangedUnit(NEW_CODE, AdminLevel.TOWN, null, town));

        assertThat(impacted).singleElement().satisfies(item -> {
            assertThat(item.gridBefore()).isEqualTo(TrackingFixture.TOWN);
            assertThat(item.gridAfter()).isEqualTo(NEW_CODE);
            assertThat(item.needsReassignment()).isTrue();
        });
    }

    @Test
    void aReshapedHomeKeepsItsCodeAndIsNotImpacted() {
        MultiPolygon smaller = (MultiPolygon) town.getFactory().createMultiPolygon(
                new org.locationtech.jts.geom.Polygon[] {(org.locationtech.jts.geom.Polygon) town.getEnvelope()
                        .buffer(-0.01).getGeometryN(0)});

        assertThat(impacted(new ChangedUnit(TrackingFixture.TOWN, AdminLevel.TOWN, town, smaller))).isEmpty();
    }

    private List<ImpactedItem> impacted(ChangedUnit... units) {
        GridChange change = new GridChange(List.of(units), (lon, lat) -> Optional.empty());
        return new HomeGridImpacts(fixture.units).impacted(change);
    }
}
