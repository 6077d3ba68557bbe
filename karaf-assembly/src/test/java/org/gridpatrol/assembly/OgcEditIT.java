package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OGC API Features Part 4 with a real desktop-GIS client: GDAL's OAPIF driver exports a micro-grid, the
 * renamed feature goes back by PUT with the ETag of a GET, the history shows the revision, GDAL reads the new
 * name, and a second PUT based on the old ETag is refused with 412 instead of overwriting.
 */
@ExtendWith(RunningDistribution.class)
class OgcEditIT {

    private static final String GIS = "gis:gis123";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMicroGridExportedByGdalIsRenamedAndPutBackOnceAndAStalePutIs412(RunningDistribution.Platform platform)
            throws Exception {
        RequiredTool.require("/usr/bin/ogr2ogr", "gdal-bin");
        RequiredTool.require("/usr/bin/ogrinfo", "gdal-bin");
        String code = secondToLastMicroGridCode(platform);
        String item = "/ogc/collections/micro-grids/items/" + code;
        String oapif = "OAPIF:" + platform.baseUrl() + "/ogc";
        Path exported = Files.createTempFile("micro-grid", ".geojson");
        Files.delete(exported);

        gdal(List.of("/usr/bin/ogr2ogr", "-f", "GeoJSON", exported.toString(), oapif, "micro-grids",
                "-where", "code = '" + code + "'"));
        JsonNode features = json.readTree(exported.toFile()).get("features");
        assertThat(features).hasSize(1);
        ObjectNode feature = (ObjectNode) features.get(0);
        assertThat(feature.at("/properties/code").asText()).isEqualTo(code);
        String newName = "GDAL改名微网格" + code.substring(code.length() - 3);
        ((ObjectNode) feature.get("properties")).put("name", newName);

        HttpResponse<String> read = platform.get(item, GIS);
        assertThat(read.statusCode()).isEqualTo(200);
        String readEtag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> saved = put(platform, item, feature.toString(), readEtag, "GDAL 导出后改名");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        String savedEtag = saved.headers().firstValue("ETag").orElseThrow();
        assertThat(savedEtag).isNotEqualTo(readEtag);
        JsonNode history = json.readTree(platform.get("/api/v1/grid-history/" + code, GIS).body());
        JsonNode revisions = history.get("revisions");
        JsonNode last = revisions.get(revisions.size() - 1);
        assertThat(last.get("author").asText()).isEqualTo("gis");
        assertThat(last.get("comment").asText()).isEqualTo("GDAL 导出后改名");
        assertThat(last.at("/changes/0/after/properties/name").asText()).isEqualTo(newName);
        assertThat(last.at("/changes/0/before/geometry")).as("the geometry GDAL sent back is the stored one")
                .isEqualTo(last.at("/changes/0/after/geometry"));
        assertThat("\"" + history.get("current_version").asLong() + "\"").isEqualTo(savedEtag);

        String listing = gdal(List.of("/usr/bin/ogrinfo", "-ro", oapif, "micro-grids", "-where", "code = '" + code + "'"));
        assertThat(listing).contains("name (String) = " + newName);

        ((ObjectNode) feature.get("properties")).put("name", "基于旧版本的改名");
        HttpResponse<String> stale = put(platform, item, feature.toString(), readEtag, "stale");

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(stale.headers().firstValue("ETag")).contains(savedEtag);
        assertThat("\"" + json.readTree(stale.body()).get("current_version").asLong() + "\"").isEqualTo(savedEtag);
        assertThat(json.readTree(platform.get(item, GIS).body()).at("/properties/name").asText()).isEqualTo(newName);
    }

    /** Out of the way of the other tests on the shared distribution: the browser edits the first ones, WFS the last. */
    private String secondToLastMicroGridCode(RunningDistribution.Platform platform) throws Exception {
        int matched = json.readTree(platform.get("/ogc/collections/micro-grids/items?limit=1", GIS).body())
                .get("numberMatched").asInt();
        JsonNode page = json.readTree(platform.get("/ogc/collections/micro-grids/items?limit=1&offset="
                + (matched - 2), GIS).body());
        return page.at("/features/0/properties/code").asText();
    }

    private static HttpResponse<String> put(RunningDistribution.Platform platform, String path, String feature,
            String ifMatch, String comment) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", RunningDistribution.basic(GIS))
                .header("Content-Type", "application/geo+json")
                .header("If-Match", ifMatch)
                // HTTP headers carry no Chinese: the comment is URL-encoded
                .header("X-Gridpatrol-Comment", URLEncoder.encode(comment, StandardCharsets.UTF_8).replace("+", "%20"))
                .PUT(HttpRequest.BodyPublishers.ofString(feature, StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String gdal(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // GIS clients log in with HTTP Basic, as a GIS officer would configure QGIS or GDAL.
        builder.environment().putAll(Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", GIS));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s printed:%n%s", command, output).isZero();
        return output;
    }
}
