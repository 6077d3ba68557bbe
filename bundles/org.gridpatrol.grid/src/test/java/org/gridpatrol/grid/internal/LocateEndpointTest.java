package org.gridpatrol.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.geo.internal.ChinaCoordinateConverter;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

class LocateEndpointTest {

    @TempDir
    static Path folder;

    private static DemoHierarchy hierarchy;
    private static LocateEndpoint endpoint;
    private static final ChinaCoordinateConverter CONVERTER = new ChinaCoordinateConverter();

    private static GridUnit target;
    private static Point inTarget;

    @BeforeAll
    static void loadDemo() throws Exception {
        hierarchy = new DemoHierarchy(folder);
        endpoint = new LocateEndpoint(hierarchy.locator, CONVERTER);
        List<GridUnit> microGrids = hierarchy.demo.stream().filter(unit -> unit.level() == AdminLevel.MICRO_GRID).toList();
        target = microGrids.get(microGrids.size() / 3);
        inTarget = target.geometry().getInteriorPoint();
    }

    @AfterAll
    static void close() {
        hierarchy.close();
    }

    @Test
    void answersTheWholeChainDeepestFirstWithMaskedPhones() throws Exception {
        String json = Requests.toJson(endpoint.handle(Requests.get("", "lon", str(inTarget.getX()), "lat",
                str(inTarget.getY()), "crs", "cgcs2000")).body());
        JsonNode answer = Requests.mapper().readTree(json);

        assertThat(answer.at("/input/crs").asText()).isEqualTo("cgcs2000");
        assertThat(answer.at("/point/lon").asDouble()).isEqualTo(inTarget.getX());
        assertThat(answer.at("/point/lat").asDouble()).isEqualTo(inTarget.getY());
        List<String> codes = new ArrayList<>();
        answer.get("chain").forEach(unit -> codes.add(unit.get("code").asText()));
        assertThat(codes).isEqualTo(expectedChain(target));
        JsonNode deepest = answer.at("/chain/0");
        assertThat(deepest.get("level").asText()).isEqualTo("micro-grid");
        assertThat(deepest.at("/worker/name").asText()).isEqualTo(target.worker().name());
        assertThat(deepest.at("/worker/phone").asText()).isEqualTo(target.worker().maskedPhone()).contains("****");
        assertThat(answer.at("/chain/4").has("worker")).as("a county has no worker").isFalse();
        hierarchy.demo.stream().filter(unit -> unit.worker() != null)
                .forEach(unit -> assertThat(json).doesNotContain(unit.worker().phone()));
    }

    @Test
    void takesWgs84ByDefault() {
        Map<?, ?> answer = (Map<?, ?>) endpoint.handle(Requests.get("", "lon", str(inTarget.getX()), "lat",
                str(inTarget.getY()))).body();

        assertThat(((Map<?, ?>) answer.get("input")).get("crs")).isEqualTo("wgs84");
        assertThat(deepestCode(answer)).isEqualTo(target.code());
    }

    @Test
    void convertsGcj02AndBd09PointsBeforeLocating() {
        for (InputCrs crs : List.of(InputCrs.GCJ02, InputCrs.BD09)) {
            LonLat shifted = CONVERTER.fromCgcs2000(new LonLat(inTarget.getX(), inTarget.getY()), crs);
            assertThat(shifted.lon() - inTarget.getX()).as("%s is offset by hundreds of metres", crs)
                    .isNotCloseTo(0, offset(1e-3));

            Map<?, ?> answer = (Map<?, ?>) endpoint.handle(Requests.get("", "lon", str(shifted.lon()), "lat",
                    str(shifted.lat()), "crs", crs.parameterName())).body();

            Map<?, ?> point = (Map<?, ?>) answer.get("point");
            assertThat((Double) point.get("lon")).isCloseTo(inTarget.getX(), offset(1e-5));
            assertThat((Double) point.get("lat")).isCloseTo(inTarget.getY(), offset(1e-5));
            assertThat(deepestCode(answer)).isEqualTo(target.code());
        }
    }

    @Test
    void aPointOutsideEveryUnitIsNotFound() {
        assertThatThrownBy(() -> endpoint.handle(Requests.get("", "lon", "100.0", "lat", "30.0")))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(404);
                    assertThat(refused.detail()).startsWith("no unit contains");
                });
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertBadRequest(Requests.get("", "lat", "27.8"), "lon");
        assertBadRequest(Requests.get("", "lon", "120.6"), "lat");
        assertBadRequest(Requests.get("", "lon", "east", "lat", "27.8"), "lon");
        assertBadRequest(Requests.get("", "lon", "120.6", "lat", "NaN"), "lat");
        assertBadRequest(Requests.get("", "lon", "120.6", "lat", "95"), "lat");
        assertBadRequest(Requests.get("", "lon", "-181", "lat", "27.8"), "lon");
        assertBadRequest(Requests.get("", "lon", "120.6", "lat", "27.8", "crs", "utm50"), "crs");
    }

    @Test
    void onlyGetIsAllowed() {
        ApiRequest post = new ApiRequest("POST", "", Map.of("lon", List.of("120.6"), "lat", List.of("27.8")), Map.of(),
                new byte[0], "tester", java.util.Set.of(), "http://localhost");

        assertThatThrownBy(() -> endpoint.handle(post)).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(405));
    }

    private static void assertBadRequest(ApiRequest request, String field) {
        assertThatThrownBy(() -> endpoint.handle(request)).as("%s", request.query())
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo(field);
                    // the problem document carries the field separately; the detail does not repeat it
                    assertThat(refused.detail()).doesNotStartWith(field + ":");
                });
    }

    private static List<String> expectedChain(GridUnit unit) {
        Map<String, GridUnit> byCode = hierarchy.demo.stream().collect(Collectors.toMap(GridUnit::code, Function.identity()));
        List<String> chain = new ArrayList<>();
        for (GridUnit current = unit; current != null; current = byCode.get(current.parentCode())) {
            chain.add(current.code());
            if (current.parentCode() == null) {
                break;
            }
        }
        return chain;
    }

    private static String deepestCode(Map<?, ?> answer) {
        return (String) ((Map<?, ?>) ((List<?>) answer.get("chain")).get(0)).get("code");
    }

    private static String str(double value) {
        return Double.toString(value);
    }
}
