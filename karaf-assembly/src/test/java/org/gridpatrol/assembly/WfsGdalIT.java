package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * GDAL, a real desktop-GIS client, reads the grid hierarchy over WFS and edits a micro-grid over WFS-T 1.1
 * (GDAL's own Transaction encoding): the edit shows in the REST history as a revision by the user, and a
 * second write with the feature id GDAL read before is refused as a conflict.
 */
@ExtendWith(RunningDistribution.class)
class WfsGdalIT {

    private static final String CREDENTIALS = "gis:gis123";
    private static final Pattern FEATURE_COUNT = Pattern.compile("Feature Count: (\\d+)");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ogrinfoListsTheFeatureTypesAndCountsTheMicroGrids(RunningDistribution.Platform platform) throws Exception {
        Path ogrinfo = RequiredTool.require("/usr/bin/ogrinfo", "gdal-bin");
        String wfs = "WFS:" + platform.baseUrl() + "/wfs";

        String layers = run(List.of(ogrinfo.toString(), "-ro", wfs));
        String summary = run(List.of(ogrinfo.toString(), "-ro", "-so", wfs, "gp:micro-grids"));

        assertThat(layers).contains("gp:counties", "gp:towns", "gp:communities", "gp:grids", "gp:micro-grids");
        Matcher count = FEATURE_COUNT.matcher(summary);
        assertThat(count.find()).as(summary).isTrue();
        assertThat(Long.parseLong(count.group(1))).isEqualTo(microGridCount(platform)).isGreaterThan(0);
    }

    @Test
    void pythonGdalRenamesAMicroGridOverWfsT11AndASecondWriteWithTheOldIdIsRefused(
            RunningDistribution.Platform platform) throws Exception {
        Path python = requirePythonGdal();
        String code = lastMicroGridCode(platform);
        String newName = "GDAL改名" + System.nanoTime() % 100_000;

        String output = run(List.of(python.toString(), "-c", EDIT_SCRIPT,
                "WFS:" + platform.baseUrl() + "/wfs?VERSION=1.1.0", code, newName), false);

        assertThat(output).as(output).contains("FIRST OK").contains("SECOND REFUSED");
        assertThat(output).as("GDAL shows the exception report or the status").containsAnyOf("OperationProcessingFailed", "409");
        JsonNode history = json.readTree(platform.get("/api/v1/grid-history/" + code, CREDENTIALS).body());
        JsonNode revisions = history.get("revisions");
        JsonNode last = revisions.get(revisions.size() - 1);
        assertThat(last.get("author").asText()).isEqualTo("gis");
        assertThat(last.get("changes").get(0).get("after").get("properties").get("name").asText()).isEqualTo(newName);
        assertThat(history.get("current_version").asLong()).isEqualTo(last.get("changes").get(0)
                .get("version_after").asLong());
        JsonNode feature = json.readTree(platform.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"
                + "&OUTPUTFORMAT=application/json&RESOURCEID=micro-grids." + code, CREDENTIALS).body())
                .get("features").get(0);
        assertThat(feature.get("properties").get("name").asText()).as("the refused second write changed nothing")
                .isEqualTo(newName);
        assertThat(feature.get("properties").get("worker_phone").asText()).as("GDAL sent the masked phone back")
                .contains("****");
    }

    /**
     * Opens the WFS in update mode, finds the micro-grid by code without an attribute filter (it would be
     * sent to the server as an OGC filter), renames it, and writes it again with the same, now outdated,
     * gml_id.
     */
    private static final String EDIT_SCRIPT = String.join("\n",
            "import sys",
            "from osgeo import gdal, ogr",
            "gdal.UseExceptions()",
            "ogr.UseExceptions()",  // separate from gdal's in GDAL 3.6: without it SetFeature only returns an error code
            "url, code, name = sys.argv[1], sys.argv[2], sys.argv[3]",
            "ds = ogr.Open(url, 1)",
            "layer = [ds.GetLayer(i) for i in range(ds.GetLayerCount()) if ds.GetLayer(i).GetName().endswith('micro-grids')][0]",
            "feature = None",
            "for candidate in layer:",
            "    if candidate.GetField('code') == code:",
            "        feature = candidate",
            "        break",
            "print('READ', feature.GetField('gml_id'))",
            "feature.SetField('name', name)",
            "layer.SetFeature(feature)",
            "print('FIRST OK')",
            "feature.SetField('name', name + '-again')",
            "try:",
            "    layer.SetFeature(feature)",
            "    print('SECOND ACCEPTED')",
            "except RuntimeError as refused:",
            "    print('SECOND REFUSED', refused)",
            "");

    private long microGridCount(RunningDistribution.Platform platform) throws Exception {
        return json.readTree(platform.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=micro-grids"
                + "&COUNT=1&OUTPUTFORMAT=application/json", CREDENTIALS).body()).get("numberMatched").asLong();
    }

    /** The micro-grid with the highest code: out of the way of the other tests sharing the distribution. */
    private String lastMicroGridCode(RunningDistribution.Platform platform) throws Exception {
        long count = microGridCount(platform);
        JsonNode page = json.readTree(platform.get("/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature"
                + "&TYPENAMES=micro-grids&COUNT=1&STARTINDEX=" + (count - 1) + "&OUTPUTFORMAT=application/json",
                CREDENTIALS).body());
        return page.get("features").get(0).get("properties").get("code").asText();
    }

    /** python3 with GDAL's bindings (Debian python3-gdal), or a skip (a failure in CI) saying what to install. */
    private static Path requirePythonGdal() throws IOException, InterruptedException {
        Path python = RequiredTool.require("/usr/bin/python3", "python3");
        Process probe = new ProcessBuilder(python.toString(), "-c", "from osgeo import ogr")
                .redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        if (probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0) {
            return python;
        }
        RequiredTool.skipOrFail("python3 cannot import osgeo: apt-get install -y python3-gdal");
        return python;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        return run(command, true);
    }

    private static String run(List<String> command, boolean mustSucceed) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        // GIS clients log in with HTTP Basic, as a GIS officer would configure QGIS or GDAL.
        builder.environment().putAll(Map.of("GDAL_HTTP_AUTH", "BASIC", "GDAL_HTTP_USERPWD", CREDENTIALS,
                "CPL_DEBUG", "OFF"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        if (mustSucceed) {
            assertThat(process.exitValue()).as("%s printed:%n%s", command.get(0), output).isZero();
        }
        return output;
    }
}
