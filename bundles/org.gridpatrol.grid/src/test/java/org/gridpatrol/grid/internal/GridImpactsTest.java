package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.ImpactSource;
import org.gridpatrol.grid.api.ImpactedItem;
import org.gridpatrol.grid.rules.TopologyRules;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * The impact report of grid edits over the demo hierarchy in H2GIS: a source of points (input, not under test)
 * is asked through the real locator, a dry run saves nothing, a save keeps the report with the revision.
 */
class GridImpactsTest {

    private static final SharedVertex SHARED = GridEditsContract.SHARED;
    private static final double MOVE_METRES = 3;

    @TempDir
    Path folder;

    private TestStores.OpenStore store;
    private JdbcGridEdits edits;
    private GridEditsEndpoint editEndpoint;
    private GridRevisionsEndpoint revisionsEndpoint;
    /** A point whose micro-grid the move changes, with its micro-grid before and after. */
    private Moved moved;

    record Moved(Coordinate point, String before, String after) {
    }

    /** Points as a camera register would report them; {@code far} stays in its micro-grid. */
    record Points(Coordinate moving, Coordinate far) implements ImpactSource {

        @Override
        public String kind() {
            return "point";
        }

        @Override
        public List<ImpactedItem> impacted(GridChange change) {
            List<ImpactedItem> items = new ArrayList<>();
            change.point(kind(), "moving", "动点", moving.x, moving.y).ifPresent(items::add);
            change.point(kind(), "far", "远点", far.x, far.y).ifPresent(items::add);
            return items;
        }
    }

    @BeforeEach
    void seed() throws Exception {
        store = TestStores.h2gis(folder);
        RecordingEventAdmin events = new RecordingEventAdmin();
        JdbcGridUnits units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), events,
                GridUnitsContract.tolerance(0.05));
        units.save(GridEditsContract.DEMO);
        edits = new JdbcGridEdits(store.store(), events, TopologyRules.DEFAULTS, Clock.systemUTC());
        edits.setGridLocator(new IndexedGridLocator(units));
        moved = movedPoint();
        GridUnit farUnit = GridEditsContract.DEMO.stream()
                .filter(unit -> unit.level() == org.gridpatrol.grid.api.AdminLevel.MICRO_GRID)
                .filter(unit -> !SHARED.codes().contains(unit.code())).findFirst().orElseThrow();
        edits.addImpactSource(new Points(moved.point(),
                farUnit.geometry().getInteriorPoint().getCoordinate()));
        editEndpoint = new GridEditsEndpoint(edits, edits, new JacksonGeoJsonCodec());
        revisionsEndpoint = new GridRevisionsEndpoint(edits, edits);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aDryRunReportsTheMovedPointAndSavesNothing() throws Exception {
        ApiResponse answer = post(body(SHARED.movedInAll(MOVE_METRES)), "dryRun", "true");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode report = Requests.json(answer);
        assertThat(report.get("violations")).isEmpty();
        assertThat(report.get("impact")).hasSize(1);
        assertThat(report.at("/impact/0/kind").asText()).isEqualTo("point");
        assertThat(report.at("/impact/0/id").asText()).isEqualTo("moving");
        assertThat(report.at("/impact/0/gridBefore").asText()).isEqualTo(moved.before());
        assertThat(report.at("/impact/0/gridAfter").asText()).isEqualTo(moved.after());
        assertThat(report.at("/impact/0/lon").asDouble()).isEqualTo(moved.point().x);
        for (GridUnit unit : SHARED.sharing()) {
            assertThat(edits.current(unit.code()).orElseThrow().version()).isEqualTo(1);
            assertThat(edits.history(unit.code())).hasSize(1);
        }
    }

    @Test
    void aDryRunOfABrokenTilingListsTheViolationsWithTheImpact() throws Exception {
        JsonNode report = Requests.json(post(body(List.of(SHARED.movedIn(SHARED.first(), MOVE_METRES))),
                "dryRun", "true"));

        assertThat(report.get("violations")).isNotEmpty();
        assertThat(report.at("/violations/0/kind").asText()).isIn("GAP", "OVERLAP");
        assertThat(edits.current(SHARED.first().code()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aSaveKeepsTheReportWithTheRevision() throws Exception {
        ApiResponse created = post(body(SHARED.movedInAll(MOVE_METRES)));

        assertThat(created.status()).isEqualTo(201);
        long id = Requests.json(created).get("id").asLong();
        assertThat(Requests.json(created).at("/impact/0/id").asText()).isEqualTo("moving");
        JsonNode revision = Requests.json(revisionsEndpoint.handle(Requests.get("/" + id)));
        assertThat(revision.get("impact")).hasSize(1);
        assertThat(revision.at("/impact/0/gridBefore").asText()).isEqualTo(moved.before());
        assertThat(revision.at("/impact/0/gridAfter").asText()).isEqualTo(moved.after());
        assertThat(revision.at("/impact/0/name").asText()).isEqualTo("动点");
        assertThat(revision.get("impactFailedSources")).isEmpty();
        assertThat(edits.impactOf(id)).isPresent();
    }

    @Test
    void aFailingSourceIsNamedAndSkipped() throws Exception {
        edits.addImpactSource(new ImpactSource() {
            @Override
            public String kind() {
                return "broken";
            }

            @Override
            public List<ImpactedItem> impacted(GridChange change) {
                throw new IllegalStateException("store down");
            }
        });

        JsonNode report = Requests.json(post(body(SHARED.movedInAll(MOVE_METRES)), "dryRun", "true"));

        assertThat(report.get("impact")).hasSize(1);
        assertThat(report.get("impactFailedSources").toString()).isEqualTo("[\"broken\"]");
    }

    @Test
    void revisionsWithoutAReportSayNullAndABadDryRunIsNamed() throws Exception {
        long seedRevision = edits.history(SHARED.first().code()).get(0).id();
        JsonNode seed = Requests.json(revisionsEndpoint.handle(Requests.get("/" + seedRevision)));
        assertThat(seed.get("impact").isNull()).isTrue();

        assertThatThrownBy(() -> post(body(SHARED.movedInAll(MOVE_METRES)), "dryRun", "maybe"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo("dryRun");
                });
        assertThat(edits.current(SHARED.first().code()).orElseThrow().version()).isEqualTo(1);
    }

    /** A point near the shared vertex that the move takes from one micro-grid to another, found by JTS directly. */
    private static Moved movedPoint() {
        List<GridUnit> after = SHARED.movedInAll(MOVE_METRES);
        Coordinate target = SHARED.movedVertex(MOVE_METRES / 2);
        double step = (target.x - SHARED.vertex().x) / 4;
        for (int dx = -4; dx <= 4; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                Coordinate point = new Coordinate(target.x + dx * step, target.y + dy * step);
                Optional<String> before = containing(SHARED.sharing(), point);
                Optional<String> later = containing(after, point);
                if (before.isPresent() && later.isPresent() && !before.equals(later)) {
                    return new Moved(point, before.get(), later.get());
                }
            }
        }
        throw new AssertionError("no point changes micro-grid when the shared vertex moves");
    }

    private static Optional<String> containing(List<GridUnit> units, Coordinate point) {
        return units.stream().filter(unit -> unit.geometry().contains(Shapes.FACTORY.createPoint(point)))
                .map(GridUnit::code).findFirst();
    }

    private ApiResponse post(String body, String... parameters) {
        return editEndpoint.handle(Requests.request("POST", "", "gis-editor", body, parameters));
    }

    private static String body(List<GridUnit> changed) throws Exception {
        List<Map<String, Object>> features = new ArrayList<>();
        for (GridUnit unit : changed) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", unit.code());
            properties.put("name", unit.name());
            properties.put("level", unit.level().id());
            properties.put("parent", unit.parentCode());
            properties.put("worker", Map.of("name", unit.worker().name(), "phone", unit.worker().phone()));
            properties.put("version", 1);
            features.add(Map.of("type", "Feature", "geometry", unit.geometry(), "properties", properties));
        }
        return Requests.toJson(Map.of("comment", "move the corner", "units", features));
    }
}
