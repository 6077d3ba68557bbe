package org.gridpatrol.tracking.internal.osmand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.tracking.api.ReportedPosition;
import org.junit.jupiter.api.Test;

/** The decoder on requests captured from Traccar clients and from Traccar's own decoder tests. */
class OsmAndDecoderTest {

    private static final byte[] NO_BODY = new byte[0];
    private final OsmAndDecoder decoder = new OsmAndDecoder(ZoneId.of("Asia/Shanghai"));

    private ReportedPosition report(String query) {
        OsmAndDecoder.Decoded decoded = decoder.decode(query, null, NO_BODY);
        assertThat(decoded).isInstanceOf(OsmAndDecoder.Report.class);
        assertThat(decoded.json()).isFalse();
        return ((OsmAndDecoder.Report) decoded).position();
    }

    private OsmAndDecoder.Unreadable unreadable(String query, String contentType, String body) {
        OsmAndDecoder.Decoded decoded = decoder.decode(query, contentType, body.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded).isInstanceOf(OsmAndDecoder.Unreadable.class);
        return (OsmAndDecoder.Unreadable) decoded;
    }

    @Test
    void readsTraccarClientForAndroid() {
        ReportedPosition report = report("id=123456&timestamp=1700000000&lat=27.78&lon=120.65&speed=10.0&bearing=271.5"
                + "&altitude=12.0&accuracy=5.0&batt=87.0&charge=false");

        assertThat(report).isEqualTo(new ReportedPosition("123456", Instant.ofEpochSecond(1700000000), 120.65, 27.78,
                InputCrs.WGS84, 10 * 1.852, 271.5, 12.0, 5.0, 87.0));
    }

    @Test
    void readsTheTimestampFormsTraccarReads() {
        assertThat(report("id=1&timestamp=1442068686579&lat=1&lon=1").time()).isEqualTo(Instant.ofEpochMilli(1442068686579L));
        assertThat(report("id=1&lat=42.06288&lon=-88.23412&timestamp=2016-01-27T18%3A55%3A47Z&hdop=6.0").time())
                .isEqualTo(Instant.parse("2016-01-27T18:55:47Z"));
        assertThat(report("lat=49.60688&lon=6.15788&timestamp=2014-06-04+09%3A10%3A11&altitude=384.7&id=353861053849681")
                .time()).as("local time of the server's zone").isEqualTo(Instant.parse("2014-06-04T01:10:11Z"));
        assertThat(report("id=1&lat=1&lon=1").time()).as("absent: the server's clock").isNull();
    }

    @Test
    void readsTheAlternativeNames() {
        ReportedPosition location = report("id=123456&timestamp=1377177267&location=60.0,30.0");
        assertThat(location.lat()).isEqualTo(60.0);
        assertThat(location.lon()).isEqualTo(30.0);
        assertThat(location.speedKmh()).isNaN();

        ReportedPosition deviceid = report("lat=60.0&lon=30.0&speed=0.0&heading=12.0&vacc=0&hacc=0&altitude=0&deviceid=123456");
        assertThat(deviceid.deviceId()).isEqualTo("123456");
        assertThat(deviceid.bearingDeg()).isEqualTo(12.0);
        assertThat(deviceid.speedKmh()).isZero();

        ReportedPosition extras = report("id=123456789012345&timestamp=1504763810&lat=40.7232948571&lon=-74.0061408571"
                + "&bearing=7.19889788244&speed=40&ignition=true&rpm=933&fuel=24&driverUniqueId=D1&cell=257,02,16,2224");
        assertThat(extras.speedKmh()).isCloseTo(74.08, within(1e-9));
        assertThat(extras.batteryPercent()).isNaN();
    }

    @Test
    void readsAFormEncodedBodyWhenTheUrlHasNoQuery() {
        OsmAndDecoder.Decoded decoded = decoder.decode(null, "application/x-www-form-urlencoded",
                "id=123456&timestamp=1700000000&lat=27.78&lon=120.65&batt=55".getBytes(StandardCharsets.US_ASCII));

        assertThat(((OsmAndDecoder.Report) decoded).position().batteryPercent()).isEqualTo(55);
    }

    @Test
    void readsTraccarClient9Json() {
        Instant time = Instant.parse("2025-06-01T08:15:30.123Z");
        String body = TraccarRequests.client9Json("123456", time, 27.7801, 120.6502, 3.2, 271.5, 0.63);

        OsmAndDecoder.Decoded decoded = decoder.decode("", "application/json; charset=utf-8",
                body.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.json()).isTrue();
        ReportedPosition report = ((OsmAndDecoder.Report) decoded).position();
        assertThat(report.deviceId()).isEqualTo("123456");
        assertThat(report.time()).isEqualTo(time);
        assertThat(report.lat()).isEqualTo(27.7801);
        assertThat(report.lon()).isEqualTo(120.6502);
        assertThat(report.speedKmh()).isCloseTo(11.52, within(1e-9));
        assertThat(report.bearingDeg()).isEqualTo(271.5);
        assertThat(report.altitudeMetres()).isEqualTo(18.3);
        assertThat(report.accuracyMetres()).isEqualTo(4.8);
        assertThat(report.batteryPercent()).isEqualTo(63);
    }

    @Test
    void traccarClient9sUnknownValuesAreAbsent() {
        String body = TraccarRequests.client9Json("123456", Instant.parse("2025-06-01T08:15:30Z"), 27.78, 120.65, -1, -1, -1);

        ReportedPosition report = ((OsmAndDecoder.Report) decoder.decode(null, "application/json",
                body.getBytes(StandardCharsets.UTF_8))).position();

        assertThat(report.speedKmh()).isNaN();
        assertThat(report.bearingDeg()).isNaN();
        assertThat(report.batteryPercent()).isNaN();
    }

    @Test
    void reportsWhatCannotBeReadNamingTheField() {
        assertThat(unreadable("id=1&lat=north&lon=1", null, "")).extracting(u -> u.field(), u -> u.deviceId())
                .containsExactly("lat", "1");
        assertThat(unreadable("id=1&lat=91&lon=1", null, "").field()).isEqualTo("lat");
        assertThat(unreadable("id=1&lat=1&lon=-180.5", null, "").field()).isEqualTo("lon");
        assertThat(unreadable("id=1&lat=1&lon=1&timestamp=yesterday", null, "").field()).isEqualTo("timestamp");
        assertThat(unreadable("id=1&location=60.0", null, "").field()).isEqualTo("location");
        assertThat(unreadable("id=%zz", null, "").field()).isEqualTo("query");
        assertThat(unreadable(null, "application/json", "{\"location\":").deviceId()).isNull();
        assertThat(unreadable(null, "application/json", "{\"location\":{}}").field()).isEqualTo("device_id");
        assertThat(unreadable(null, "application/json", "{\"device_id\":\"7\",\"location\":{\"timestamp\":\"now\"}}"))
                .extracting(u -> u.field(), u -> u.deviceId(), u -> u.json()).containsExactly("location.timestamp", "7", true);
        assertThat(unreadable(null, "application/json", "{\"device_id\":\"7\",\"location\":{\"timestamp\":"
                + "\"2025-06-01T08:15:30Z\",\"coords\":{\"latitude\":\"27\",\"longitude\":120}}}").field())
                .isEqualTo("location.coords.latitude");
    }
}
