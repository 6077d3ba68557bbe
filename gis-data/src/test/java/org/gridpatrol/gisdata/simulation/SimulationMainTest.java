package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridpatrol.gisdata.simulation.SimUnit.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command, against a recording OsmAnd endpoint. */
class SimulationMainTest {

    private static final String QUERY = "id=\\d{6}&timestamp=\\d{10}&lat=27\\.\\d{7}&lon=120\\.\\d{7}&speed=\\d+\\.\\d"
            + "&bearing=\\d+\\.\\d&altitude=-?\\d+\\.\\d&accuracy=\\d+\\.\\d&batt=\\d+\\.\\d";

    @TempDir
    Path folder;

    @Test
    void writesTheFilesAndSendsEveryReportOfTheDemoUnits() throws Exception {
        try (RecordingServer server = new RecordingServer(query -> 200)) {
            SimulationOptions options = SimulationOptions.parse(new String[] {"--dataset", "demo", "--send", "osmand",
                "--target", server.uri().toString(), "--duration", "10m", "--interval", "60", "--speedup", "max",
                "--start", "2026-11-22T08:00:00Z", "--concurrency", "4",
                "--units-out", "units.csv", "--checkpoints-out", "checkpoints.geojson"}, folder);

            SimulationRunner.Result result = SimulationMain.run(options);

            List<SimUnit> units;
            try (Reader in = Files.newBufferedReader(folder.resolve("units.csv"), StandardCharsets.UTF_8)) {
                units = UnitsCsv.read(in);
            }
            assertThat(units).isEqualTo(DemoData.units());
            assertThat(Files.readString(folder.resolve("checkpoints.geojson")))
                    .isEqualTo(CheckpointGeoJson.toJson(DemoData.checkpoints()));
            long onDuty = units.stream().filter(unit -> unit.status() != Status.OFF_DUTY).count();
            // ten one-minute intervals, both ends included for units whose phase is 0
            assertThat(result.reports()).isBetween(onDuty * 10, onDuty * 11);
            assertThat(result.stats().accepted()).isEqualTo(result.reports());
            assertThat(server.requests()).hasSize((int) result.reports())
                    .allSatisfy(request -> assertThat(request.query()).matches(QUERY));
            Set<String> devices = units.stream().filter(unit -> unit.status() != Status.OFF_DUTY)
                    .map(SimUnit::deviceId).collect(Collectors.toSet());
            assertThat(server.requests().stream().map(request -> request.query().substring(3, 9)).distinct())
                    .containsExactlyInAnyOrderElementsOf(devices);
            assertThat(SimulationMain.summary(options, result))
                    .startsWith("SUMMARY send=osmand reports=" + result.reports() + " sent=" + result.reports()
                            + " accepted=" + result.reports() + " rejected=0 errors=0 simulated=600s")
                    .containsPattern("throughput=[0-9.]+/s p50=[0-9.]+ms p99=[0-9.]+ms$");
        }
    }

    @Test
    void readsUnitsAndCheckpointsFromFilesInsteadOfGenerating() throws Exception {
        Path units = folder.resolve("few.csv");
        Files.writeString(units, UnitsCsv.toCsv(DemoData.units().subList(0, 3)), StandardCharsets.UTF_8);
        Path checkpoints = folder.resolve("few.geojson");
        Files.writeString(checkpoints, CheckpointGeoJson.toJson(DemoData.checkpoints().subList(0, 2)));
        SimulationOptions options = SimulationOptions.parse(new String[] {"--units", "few.csv", "--checkpoints",
            "few.geojson", "--duration", "1h", "--interval", "30", "--speedup", "max"}, folder);
        SimulationRunner.Result result = SimulationMain.run(options);
        long onDuty = DemoData.units().subList(0, 3).stream().filter(unit -> unit.status() != Status.OFF_DUTY).count();
        assertThat(result.reports()).isBetween(onDuty * 120, onDuty * 121);
    }
}
