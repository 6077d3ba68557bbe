package org.gridpatrol.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.sf.geographiclib.Geodesic;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.api.LonLat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ChinaCoordinateConverterTest {

    private final ChinaCoordinateConverter converter = new ChinaCoordinateConverter();

    /**
     * Reference vectors of googollee/eviltransform (go/transform_test.go, python/test.py,
     * javascript/test.js: Shanghai, Shenzhen, Beijing), given there as wgsLat, wgsLng, gcjLat, gcjLng.
     * eviltransform scales by 6378137 m where coordtransform uses Krasovsky's 6378245 m; that moves
     * the result by about 1e-7°, so these are compared to 1e-6° as eviltransform's own tests do.
     */
    @ParameterizedTest
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657",
    })
    void matchesEviltransformVectors(double wgsLat, double wgsLon, double gcjLat, double gcjLon) throws Exception {
        LonLat gcj = converter.fromCgcs2000(new LonLat(wgsLon, wgsLat), InputCrs.GCJ02);
        assertThat(gcj.lon()).isCloseTo(gcjLon, within(1e-6));
        assertThat(gcj.lat()).isCloseTo(gcjLat, within(1e-6));

        LonLat wgs = converter.toCgcs2000(gcjLon, gcjLat, InputCrs.GCJ02);
        assertThat(wgs.lon()).isCloseTo(wgsLon, within(1e-6));
        assertThat(wgs.lat()).isCloseTo(wgsLat, within(1e-6));
    }

    /**
     * Reference results printed in the README of wandergis/coordtransform (same Krasovsky constants
     * as ours), all for the input (116.404, 39.915): wgs84togcj02, gcj02tobd09 and bd09togcj02.
     */
    @Test
    void matchesCoordtransformReadmeVectors() throws Exception {
        LonLat gcjFromWgs = converter.fromCgcs2000(new LonLat(116.404, 39.915), InputCrs.GCJ02);
        assertThat(gcjFromWgs.lon()).isCloseTo(116.41024449916938, within(1e-11));
        assertThat(gcjFromWgs.lat()).isCloseTo(39.91640428150164, within(1e-11));

        // gcj02tobd09(116.404, 39.915): reach that GCJ point from its exact WGS84 preimage.
        LonLat wgsOfGcj = converter.toCgcs2000(116.404, 39.915, InputCrs.GCJ02);
        LonLat bd = converter.fromCgcs2000(wgsOfGcj, InputCrs.BD09);
        assertThat(bd.lon()).isCloseTo(116.41036949371029, within(1e-9));
        assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-9));

        LonLat published = ChinaOffsets.publishedBdToGcj(116.404, 39.915);
        assertThat(published.lon()).isCloseTo(116.39762729119315, within(1e-11));
        assertThat(published.lat()).isCloseTo(39.90865673957631, within(1e-11));
    }

    @Test
    void bd09InverseRefinesThePublishedDecoderToAnExactInverse() {
        LonLat gcj = ChinaOffsets.bdToGcj(116.404, 39.915);
        // Within a few centimetres of the published decoder (bd09togcj02 in coordtransform) ...
        assertThat(gcj.lon()).isCloseTo(116.39762729119315, within(2e-6));
        assertThat(gcj.lat()).isCloseTo(39.90865673957631, within(2e-6));
        // ... but exact: encoding it again gives back the Baidu point, which the published one does not.
        LonLat bd = ChinaOffsets.gcjToBd(gcj.lon(), gcj.lat());
        assertThat(bd.lon()).isCloseTo(116.404, within(1e-9));
        assertThat(bd.lat()).isCloseTo(39.915, within(1e-9));
        LonLat publishedBack = ChinaOffsets.gcjToBd(116.39762729119315, 39.90865673957631);
        assertThat(Math.abs(publishedBack.lat() - 39.915)).isGreaterThan(1e-7);
    }

    @Test
    void gcjInverseIsIterativeNotOneStep() throws Exception {
        double gcjLon = 120.6;
        double gcjLat = 27.8;
        LonLat wgs = converter.toCgcs2000(gcjLon, gcjLat, InputCrs.GCJ02);
        LonLat back = ChinaOffsets.wgsToGcj(wgs.lon(), wgs.lat());
        assertThat(back.lon()).isCloseTo(gcjLon, within(1e-9));
        assertThat(back.lat()).isCloseTo(gcjLat, within(1e-9));

        // The one-step inverse subtracts the offset found at the GCJ point; it misses by metres.
        LonLat offsetAtGcj = ChinaOffsets.wgsToGcj(gcjLon, gcjLat);
        LonLat oneStep = new LonLat(2 * gcjLon - offsetAtGcj.lon(), 2 * gcjLat - offsetAtGcj.lat());
        assertThat(metresBetween(oneStep, wgs)).isGreaterThan(0.1);
    }

    @ParameterizedTest
    @EnumSource(InputCrs.class)
    void roundTripsAcrossZhejiangToBetterThan1e7Degrees(InputCrs crs) throws Exception {
        for (double lon = 118.0; lon <= 123.0; lon += 0.37) {
            for (double lat = 27.0; lat <= 31.2; lat += 0.29) {
                LonLat stored = new LonLat(lon, lat);
                LonLat shown = converter.fromCgcs2000(stored, crs);
                LonLat again = converter.toCgcs2000(shown.lon(), shown.lat(), crs);
                assertThat(again.lon()).as("lon at %s", stored).isCloseTo(lon, within(1e-7));
                assertThat(again.lat()).as("lat at %s", stored).isCloseTo(lat, within(1e-7));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "120.1551, 30.2741",   // Hangzhou
        "121.5440, 29.8683",   // Ningbo
        "120.6994, 27.9938",   // Wenzhou
        "119.6496, 29.0790",   // Jinhua
    })
    void gcjOffsetInZhejiangIsHundredsOfMetres(double lon, double lat) {
        LonLat gcj = converter.fromCgcs2000(new LonLat(lon, lat), InputCrs.GCJ02);
        assertThat(metresBetween(gcj, new LonLat(lon, lat))).isBetween(300.0, 600.0);

        LonLat bd = converter.fromCgcs2000(new LonLat(lon, lat), InputCrs.BD09);
        assertThat(metresBetween(bd, gcj)).as("BD-09 adds its own offset on GCJ-02").isBetween(500.0, 1200.0);
    }

    @ParameterizedTest
    @EnumSource(InputCrs.class)
    void leavesPointsOutsideChinaAlone(InputCrs crs) throws Exception {
        assertThat(converter.toCgcs2000(2.3522, 48.8566, crs)).isEqualTo(new LonLat(2.3522, 48.8566));
        assertThat(converter.fromCgcs2000(new LonLat(-74.006, 40.7128), crs)).isEqualTo(new LonLat(-74.006, 40.7128));
    }

    @Test
    void takesWgs84AndCgcs2000AsTheStoredSystem() throws Exception {
        assertThat(converter.toCgcs2000(120.6, 27.8, InputCrs.WGS84)).isEqualTo(new LonLat(120.6, 27.8));
        assertThat(converter.toCgcs2000(120.6, 27.8, InputCrs.CGCS2000)).isEqualTo(new LonLat(120.6, 27.8));
    }

    @ParameterizedTest
    @CsvSource({
        "NaN, 30, lon, finite",
        "Infinity, 30, lon, finite",
        "120, NaN, lat, finite",
        "180.000001, 30, lon, outside [-180, 180]",
        "-181, 30, lon, outside [-180, 180]",
        "120, 90.5, lat, outside [-90, 90]",
        "120, -91, lat, outside [-90, 90]",
        "0, 0, lon, GPS fix",
    })
    void refusesUnusablePositionsNamingTheField(double lon, double lat, String field, String reason) {
        assertThatThrownBy(() -> converter.toCgcs2000(lon, lat, InputCrs.GCJ02))
                .isInstanceOfSatisfying(GeoInputException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem().reason()).contains(reason);
                });
    }

    @Test
    void acceptsTheEdgesOfTheRange() throws Exception {
        assertThat(converter.toCgcs2000(180, 90, InputCrs.WGS84)).isEqualTo(new LonLat(180, 90));
        assertThat(converter.toCgcs2000(-180, -90, InputCrs.BD09)).isEqualTo(new LonLat(-180, -90));
        assertThat(converter.toCgcs2000(0, 51.48, InputCrs.WGS84)).isEqualTo(new LonLat(0, 51.48));
    }

    private static double metresBetween(LonLat a, LonLat b) {
        return Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon()).s12;
    }
}
