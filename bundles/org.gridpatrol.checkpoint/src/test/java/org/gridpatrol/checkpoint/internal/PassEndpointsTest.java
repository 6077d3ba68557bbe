package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.checkpoint.api.Passes;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The pass endpoints over a real register in H2GIS, called as the web bundle calls them. */
class PassEndpointsTest {

    static final String TWO = "{\"passes\":[{\"checkpointCode\":\"KD-1\",\"time\":\"2026-11-21T23:00:00Z\","
            + "\"subjectKind\":\"PERSON\",\"subject\":\"张三\",\"direction\":\"IN\",\"healthCode\":\"RED\","
            + "\"passType\":\"RESIDENT\"},{\"checkpointCode\":\"KD-1\",\"subjectKind\":\"VEHICLE\",\"subject\":\"浙C12345\","
            + "\"direction\":\"OUT\",\"healthCode\":\"GREEN\",\"passType\":\"VISITOR\",\"officer\":\"王警官\"}]}";

    @TempDir
    static Path folder;

    private static Capability capability;
    private PassesEndpoint passes;
    private PassImportEndpoint csv;

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
        passes = new PassesEndpoint(capability.passes, capability.checkpoints);
        csv = new PassImportEndpoint(capability.passes);
    }

    private static void assertProblem(Executable call, int status, String field) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(ApiException.class, problem -> {
            assertThat(problem.status()).as(problem.detail()).isEqualTo(status);
            assertThat(problem.field()).as(problem.detail()).isEqualTo(field);
        });
    }

    @Test
    void anOfficerRecordsPassesAndEveryoneListsThem() throws Exception {
        ApiResponse created = passes.handle(Requests.request("POST", "", "checkpoint-officer", TWO));
        JsonNode body = Requests.json(created);

        assertThat(created.status()).isEqualTo(201);
        assertThat(body.get("passes")).hasSize(2);
        assertThat(body.at("/passes/0/id").asLong()).isPositive();
        assertThat(body.at("/passes/0/officer").asText()).isEqualTo("checkpoint-officer-user");
        assertThat(body.at("/passes/1/time").asText()).isEqualTo("2026-11-22T00:00:00Z");
        assertThat(body.at("/passes/1/officer").asText()).isEqualTo("王警官");
        assertThat(capability.events.events(Passes.TOPIC_HEALTH_CODE)).hasSize(1);

        JsonNode listed = Requests.json(passes.handle(Requests.get("", "checkpoint", "KD-1", "limit", "10")));
        assertThat(listed.get("passes")).extracting(pass -> pass.get("subject").asText())
                .containsExactly("浙C12345", "张三");
        assertThat(listed.at("/passes/0/direction").asText()).isEqualTo("OUT");
        JsonNode window = Requests.json(passes.handle(Requests.get("", "from", "2026-11-21T00:00:00Z",
                "to", "2026-11-21T23:30:00Z")));
        assertThat(window.get("passes")).hasSize(1);
    }

    @Test
    void oneBadPassRefusesTheCallNamingItsField() {
        assertProblem(() -> passes.handle(Requests.request("POST", "", "grid-worker",
                TWO.replace("\"GREEN\"", "\"BLUE\""))), 400, "passes[1].healthCode");
        assertProblem(() -> passes.handle(Requests.request("POST", "", "grid-worker",
                TWO.replace("浙C12345", " "))), 400, "passes[1].subject");
        assertProblem(() -> passes.handle(Requests.request("POST", "", "grid-worker",
                TWO.replace("2026-11-21T23:00:00Z", "2026-11-22T01:00:00Z"))), 400, "passes[0].time");
        assertProblem(() -> passes.handle(Requests.request("POST", "", "grid-worker",
                TWO.replace("\"checkpointCode\":\"KD-1\",\"subjectKind\"", "\"checkpointCode\":\"KD-9\",\"subjectKind\""))),
                400, "passes[1].checkpointCode");
        assertProblem(() -> passes.handle(Requests.request("POST", "", "grid-worker", "{\"passes\":[]}")), 400, "passes");
        assertProblem(() -> passes.handle(Requests.request("POST", "", "patrol-operator", TWO)), 403, "role");

        assertThat(capability.passes.list(null, null, null, 10)).isEmpty();
        assertThat(capability.events.events()).isEmpty();
    }

    @Test
    void statsAreByShanghaiDayWithNamesAndRedShare() throws Exception {
        passes.handle(Requests.request("POST", "", "admin", TWO));

        JsonNode stats = Requests.json(passes.handle(Requests.get("/stats", "from", "2026-11-22", "to", "2026-11-22")));
        assertThat(stats.get("stats")).hasSize(1);
        JsonNode day = stats.at("/stats/0");
        assertThat(day.get("checkpointCode").asText()).isEqualTo("KD-1");
        assertThat(day.get("checkpointName").asText()).isEqualTo("卡点KD-1");
        assertThat(day.get("day").asText()).isEqualTo("2026-11-22");
        assertThat(day.get("passes").asLong()).isEqualTo(2);
        assertThat(day.get("red").asLong()).isEqualTo(1);
        assertThat(day.get("redShare").asDouble()).isCloseTo(0.5, within(1e-9));

        // Today in Shanghai (the clock says 08:00 there on the 22nd) by default.
        assertThat(Requests.json(passes.handle(Requests.get("/stats"))).get("stats")).hasSize(1);
        assertProblem(() -> passes.handle(Requests.get("/stats", "from", "22.11.2026")), 400, "from");
        assertProblem(() -> passes.handle(Requests.get("/stats", "from", "2026-11-22", "to", "2026-11-21")), 400, "to");
        assertProblem(() -> passes.handle(Requests.get("", "from", "yesterday")), 400, "from");
        assertProblem(() -> passes.handle(Requests.get("/unknown")), 404, "path");
    }

    @Test
    void aCsvFileIsImportedRowByRow() throws Exception {
        String file = PassCsvImportTest.HEADER + "KD-1,2026-11-21T23:00:00Z,人员,张三,进,红码,居民,\n"
                + "KD-1,2026-11-21T23:01:00Z,PERSON,李四,IN,PURPLE,RESIDENT,\n";
        ApiRequest request = Requests.withHeader(Requests.request("POST", "", "checkpoint-officer", file),
                "content-type", "text/csv; charset=utf-8");

        JsonNode report = Requests.json(csv.handle(request));

        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.at("/rejected/0/line").asInt()).isEqualTo(3);
        assertThat(report.at("/rejected/0/field").asText()).isEqualTo("health_code");
        assertThat(report.at("/rejected/0/reason").asText()).contains("PURPLE");
        assertThat(capability.passes.list(null, null, null, 10).get(0).officer()).isEqualTo("checkpoint-officer-user");

        assertProblem(() -> csv.handle(Requests.withHeader(Requests.request("POST", "", "admin", file),
                "content-type", "application/json")), 415, "Content-Type");
        assertProblem(() -> csv.handle(Requests.request("POST", "", "admin", "")), 400, "header");
        assertProblem(() -> csv.handle(Requests.request("POST", "", "admin",
                new byte[PassImportEndpoint.MAX_BYTES + 1])), 413, "body");
        assertProblem(() -> csv.handle(Requests.request("POST", "", "patrol-operator", file)), 403, "role");
        assertProblem(() -> csv.handle(Requests.getAs("", "admin")), 405, "method");
    }
}
