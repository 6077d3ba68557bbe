package org.gridpatrol.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The production profile: the distribution configured for PostGIS through {@code etc/} alone, as an
 * administrator would, loads the demo data into PostGIS and answers from it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgisDistributionIT {

    private final String schema = "gridpatrol_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private String adminUrl;
    private RunningDistribution.Platform platform;

    @BeforeAll
    void startOnPostgis() throws SQLException {
        adminUrl = System.getenv("GRIDPATROL_TEST_POSTGIS_URL");
        if (adminUrl == null || adminUrl.isBlank()) {
            RequiredTool.skipOrFail("GRIDPATROL_TEST_POSTGIS_URL is not set"
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/gridpatrol_test?user=postgres)");
        }
        try (Connection connection = DriverManager.getConnection(adminUrl); Statement sql = connection.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
        String platformUrl = adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        platform = RunningDistribution.start("it-postgis", 18381, 200, Map.of(
                "etc/org.gridpatrol.store.cfg", Map.of("dialect", "postgis", "url", platformUrl),
                RunningDistribution.OSMAND_CFG, Map.of("port", "18355")));
    }

    @AfterAll
    void stopAndDropSchema() throws Exception {
        if (platform != null) {
            platform.close();
        }
        if (adminUrl != null && !adminUrl.isBlank()) {
            try (Connection connection = DriverManager.getConnection(adminUrl); Statement sql = connection.createStatement()) {
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void theDemoDataIsStoredInPostgisAndServedFromIt() throws Exception {
        long storedMicroGrids;
        try (Connection connection = DriverManager.getConnection(adminUrl); Statement sql = connection.createStatement();
                ResultSet count = sql.executeQuery("SELECT count(*) FROM " + schema + ".grid_unit WHERE level = 'micro-grid'")) {
            count.next();
            storedMicroGrids = count.getLong(1);
        }
        JsonNode served = new ObjectMapper().readTree(
                platform.get("/ogc/collections/micro-grids/items?limit=1", "gis:gis123").body());

        assertThat(storedMicroGrids).isGreaterThan(0);
        assertThat(served.get("numberMatched").asLong()).isEqualTo(storedMicroGrids);
    }

    @Test
    void locateAnswersAPointChosenByPostgisItself() throws Exception {
        String code;
        double lon;
        double lat;
        try (Connection connection = DriverManager.getConnection(adminUrl); Statement sql = connection.createStatement();
                ResultSet inside = sql.executeQuery("SELECT code, ST_X(p), ST_Y(p) FROM (SELECT code, ST_PointOnSurface(geom) AS p FROM "
                        + schema + ".grid_unit WHERE level = 'micro-grid' ORDER BY code DESC LIMIT 1) s")) {
            inside.next();
            code = inside.getString(1);
            lon = inside.getDouble(2);
            lat = inside.getDouble(3);
        }

        var located = platform.get("/api/v1/locate?crs=cgcs2000&lon=" + lon + "&lat=" + lat, "dispatcher:dispatch123");

        assertThat(located.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(located.body()).get("chain").get(0).get("code").asText()).isEqualTo(code);
    }
}
