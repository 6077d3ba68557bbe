package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GDAL's OAPIF driver, a real desktop-GIS client, lists and exports the OGC API Features collections. */
@ExtendWith(RunningDistribution.class)
class OgcGdalIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ogrinfoListsTheCollections(RunningDistribution.Platform platform) throws Exception {
        Path ogrinfo = RequiredTool.require("/usr/bin/ogrinfo", "gdal-bin");

        String listing = gdal(List.of(ogrinfo.toString(), "-ro", "OAPIF:" + platform.baseUrl() + "/ogc"));

        assertThat(listing).contains("towns").contains("communities").contains("grids").contains("micro-grids");
    }

    @Test
    void ogr2ogrExportsEveryMicroGrid(RunningDistribution.Platform platform) throws Exception {
        RequiredTool.require("/usr/bin/ogr2ogr", "gdal-bin");
        Path exported = Files.createTempFile("micro-grids", ".geojson");
        Files.delete(exported);

        gdal(List.of("/usr/bin/ogr2ogr", "-f", "GeoJSON", exported.toString(),
                "OAPIF:" + platform.baseUrl() + "/ogc", "micro-grids"));

        JsonNode collection = json.readTree(exported.toFile());
        JsonNode firstPage = json.readTree(platform.get("/ogc/collections/micro-grids/items?limit=1", "gis:gis123").body());
        assertThat(collection.get("features").size()).isEqualTo(firstPage.get("numberMatched").asInt()).isGreaterThan(0);
        JsonNode first = collection.get("features").get(0);
        assertThat(first.get("properties").get("code").asText()).hasSize(18);
        assertThat(first.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(first.get("properties").get("worker_phone").asText()).contains("****");
    }

    private static String gdal(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        // GIS clients log in with HTTP Basic, as a GIS officer would configure QGIS or GDAL.
        builder.environment().putAll(Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", "gis:gis123"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s printed:%n%s", command, output).isZero();
        return output;
    }
}
