package org.gridpatrol.tracking.internal.fences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.tracking.fences.Fences;
import org.gridpatrol.web.api.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** {@code /api/v1/fences/inside} and the membership behind {@code /api/v1/patrol-units/{code}/fences} over a running pipeline. */
class FenceEndpointsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final Metric CENTRE = Metric.at(new Coordinate(120.64, 27.8));

    private FencePipeline pipeline;
    private FenceInsideEndpoint inside;

    @BeforeEach
    void start() throws Exception {
        pipeline = new FencePipeline(new RecordingEventAdmin(), Configs.of(FencePipelineConfig.class,
                Map.of("rebuildDelayMillis", 0L)));
        pipeline.addSource(new TestFenceSource(
                Fences.circle("checkpoint:C1", "North gate", CENTRE.lon(), CENTRE.lat(), 100),
                Fences.circle("checkpoint:C2", "Inner gate", CENTRE.lon(), CENTRE.lat(), 30),
                Fences.circle("checkpoint:C3", "Far gate", CENTRE.offset(2000, 0).x, CENTRE.lat(), 100)));
        pipeline.rebuild().get(30, TimeUnit.SECONDS);
        pipeline.accepted(List.of(CENTRE.report("P2", T0, 50, 0), CENTRE.report("P1", T0, 0, 0),
                CENTRE.report("P3", T0, 5000, 0)));
        pipeline.drained().get(30, TimeUnit.SECONDS);
        inside = new FenceInsideEndpoint(pipeline);
    }

    @AfterEach
    void stop() {
        pipeline.deactivate();
    }

    @Test
    void insideListsTheSettledUnitsOfAFence() throws Exception {
        JsonNode body = Requests.json(inside.handle(Requests.get("", "fence", "checkpoint:C1")));
        assertThat(body.toString()).isEqualTo("{\"fence\":\"checkpoint:C1\",\"units\":[\"P1\",\"P2\"]}");
        assertThat(Requests.json(inside.handle(Requests.get("", "fence", "checkpoint:C3"))).get("units")).isEmpty();
    }

    @Test
    void theFencesAUnitIsInAreItsSettledMemberships() {
        assertThat(pipeline.fencesOf("P1")).containsExactly("checkpoint:C1", "checkpoint:C2");
        assertThat(pipeline.fencesOf("NOBODY")).isEmpty();
    }

    @Test
    void badRequestsNameTheField() {
        assertStatus(() -> inside.handle(Requests.get("")), 400, "fence");
        assertStatus(() -> inside.handle(Requests.get("", "fence", "checkpoint:NOPE")), 404, "fence");
        assertStatus(() -> inside.handle(Requests.request("DELETE", "", "admin", "", "fence", "checkpoint:C1")), 405,
                "method");
    }

    private static void assertStatus(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status,
            String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.field()).isEqualTo(field);
        });
    }
}
