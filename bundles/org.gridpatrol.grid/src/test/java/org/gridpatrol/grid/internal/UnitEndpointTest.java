package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.geo.internal.GaussKrugerMeasurement;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.web.api.ApiException;
import java.time.Clock;
import org.gridpatrol.grid.rules.TopologyRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class UnitEndpointTest {

    @TempDir
    static Path folder;

    private static DemoHierarchy hierarchy;
    private static UnitEndpoint endpoint;

    @BeforeAll
    static void loadDemo() throws Exception {
        hierarchy = new DemoHierarchy(folder);
        endpoint = new UnitEndpoint(hierarchy.units, new GaussKrugerMeasurement(), new JdbcGridEdits(
                hierarchy.store.store(), hierarchy.events, TopologyRules.DEFAULTS, Clock.systemUTC()));
    }

    @AfterAll
    static void close() {
        hierarchy.close();
    }

    @Test
    void describesAMicroGridWithItsParentsAreaAndGeometry() throws Exception {
        GridUnit micro = first(AdminLevel.MICRO_GRID);

        JsonNode answer = answer(micro.code());

        assertThat(answer.get("code").asText()).isEqualTo(micro.code());
        assertThat(answer.get("name").asText()).isEqualTo(micro.name());
        assertThat(answer.get("level").asText()).isEqualTo("micro-grid");
        assertThat(answer.get("parent").asText()).isEqualTo(micro.parentCode());
        assertThat(answer.at("/worker/name").asText()).isEqualTo(micro.worker().name());
        assertThat(answer.at("/worker/phone").asText()).isEqualTo(micro.worker().maskedPhone())
                .isNotEqualTo(micro.worker().phone());
        List<String> levels = new ArrayList<>();
        answer.get("chain").forEach(parent -> levels.add(parent.get("level").asText()));
        assertThat(levels).containsExactly("grid", "community", "town", "county");
        assertThat(answer.at("/chain/0/code").asText()).isEqualTo(micro.parentCode());
        assertThat(answer.get("children_count").asLong()).isZero();
        assertThat(answer.at("/geometry/type").asText()).isEqualTo("MultiPolygon");
        assertThat(answer.get("area_m2").asDouble()).isCloseTo(roughArea(micro), within(roughArea(micro) * 0.01));
    }

    @Test
    void countsTheChildrenOfAGrid() throws Exception {
        GridUnit grid = first(AdminLevel.GRID);
        long children = hierarchy.demo.stream().filter(unit -> grid.code().equals(unit.parentCode())).count();

        JsonNode answer = answer(grid.code());

        assertThat(answer.get("children_count").asLong()).isEqualTo(children).isPositive();
    }

    @Test
    void theCountyHasNoParentsAndNoWorker() throws Exception {
        JsonNode answer = answer(first(AdminLevel.COUNTY).code());

        assertThat(answer.get("chain")).isEmpty();
        assertThat(answer.get("parent").isNull()).isTrue();
        assertThat(answer.get("worker").isNull()).isTrue();
    }

    @Test
    void unknownCodesAreNotFoundAndNamed() {
        for (String code : List.of("/999999", "/abc", "/330381001'; DROP TABLE grid_unit;--")) {
            assertThatThrownBy(() -> endpoint.handle(Requests.get(code))).isInstanceOfSatisfying(ApiException.class,
                    refused -> {
                        assertThat(refused.status()).isEqualTo(404);
                        assertThat(refused.field()).isEqualTo("code");
                    });
        }
        assertThatThrownBy(() -> endpoint.handle(Requests.get("/"))).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(400));
        assertThat(hierarchy.units.count()).isEqualTo(hierarchy.demo.size());
    }

    private static JsonNode answer(String code) throws Exception {
        return Requests.mapper().readTree(Requests.toJson(endpoint.handle(Requests.get("/" + code)).body()));
    }

    private static GridUnit first(AdminLevel level) {
        return hierarchy.demo.stream().filter(unit -> unit.level() == level).findFirst().orElseThrow();
    }

    /** Square degrees times metres per degree at the unit's latitude: good to well under 1 %. */
    private static double roughArea(GridUnit unit) {
        Envelope envelope = unit.geometry().getEnvelopeInternal();
        double lat = Math.toRadians((envelope.getMinY() + envelope.getMaxY()) / 2);
        double metresPerDegreeLat = 111_132.954 - 559.822 * Math.cos(2 * lat);
        double metresPerDegreeLon = 111_412.84 * Math.cos(lat);
        return unit.geometry().getArea() * metresPerDegreeLat * metresPerDegreeLon;
    }
}
