package org.gridpatrol.wfs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.w3c.dom.Element;

/** The axis-order rule of {@link Crs}, and the GML reader applying it to what clients write. */
class CrsTest {

    @Test
    void urnAndHttpNamesAreLatitudeFirstShortNamesLongitudeFirst() {
        assertThat(Crs.parse("urn:ogc:def:crs:EPSG::4490").orElseThrow().latitudeFirst()).isTrue();
        assertThat(Crs.parse("urn:x-ogc:def:crs:EPSG:4490").orElseThrow().epsg()).isEqualTo(4490);
        assertThat(Crs.parse("urn:ogc:def:crs:EPSG:6.9:4326").orElseThrow().latitudeFirst()).isTrue();
        assertThat(Crs.parse("http://www.opengis.net/def/crs/EPSG/0/4490").orElseThrow().latitudeFirst()).isTrue();
        assertThat(Crs.parse("EPSG:4490").orElseThrow().latitudeFirst()).isFalse();
        assertThat(Crs.parse("epsg:4326").orElseThrow().latitudeFirst()).isFalse();
        assertThat(Crs.parse("http://www.opengis.net/gml/srs/epsg.xml#4490").orElseThrow().latitudeFirst()).isFalse();
        assertThat(Crs.parse("urn:ogc:def:crs:OGC:1.3:CRS84").orElseThrow().latitudeFirst()).isFalse();
        assertThat(Crs.parse("EPSG:3857")).isEmpty();
        assertThat(Crs.parse("urn:ogc:def:crs:EPSG::4549")).isEmpty();
        assertThat(Crs.defaultFor(WfsVersion.V1_0_0).latitudeFirst()).isFalse();
        assertThat(Crs.defaultFor(WfsVersion.V1_1_0).latitudeFirst()).isTrue();
        assertThat(Crs.defaultFor(WfsVersion.V2_0_0).latitudeFirst()).isTrue();
    }

    @Test
    void theSameRingReadsToTheSameLonLatInEveryEncoding() throws Exception {
        String gml2 = "<gml:Polygon xmlns:gml=\"http://www.opengis.net/gml\" srsName=\"EPSG:4490\"><gml:outerBoundaryIs>"
                + "<gml:LinearRing><gml:coordinates cs=\",\" ts=\" \">120.6,27.8 120.7,27.8 120.7,27.9 120.6,27.8"
                + "</gml:coordinates></gml:LinearRing></gml:outerBoundaryIs></gml:Polygon>";
        String gml3Urn = "<gml:MultiSurface xmlns:gml=\"http://www.opengis.net/gml\" srsName=\"urn:ogc:def:crs:EPSG::4490\">"
                + "<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension=\"2\">"
                + "27.8 120.6 27.8 120.7 27.9 120.7 27.8 120.6</gml:posList></gml:LinearRing></gml:exterior>"
                + "</gml:Polygon></gml:surfaceMember></gml:MultiSurface>";
        String gml32With3d = "<gml:Polygon xmlns:gml=\"http://www.opengis.net/gml/3.2\" gml:id=\"p\" "
                + "srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"><gml:exterior><gml:LinearRing>"
                + "<gml:posList srsDimension=\"3\">27.8 120.6 0 27.8 120.7 0 27.9 120.7 0 27.8 120.6 0</gml:posList>"
                + "</gml:LinearRing></gml:exterior></gml:Polygon>";
        String noSrsIn11 = gml3Urn.replace(" srsName=\"urn:ogc:def:crs:EPSG::4490\"", "");

        Coordinate[] expected = {new Coordinate(120.6, 27.8), new Coordinate(120.7, 27.8), new Coordinate(120.7, 27.9),
            new Coordinate(120.6, 27.8)};
        for (String gml : new String[] {gml2, gml3Urn, gml32With3d, noSrsIn11}) {
            MultiPolygon read = new GmlGeometryReader(WfsVersion.V1_1_0).read(element(gml), "test");
            assertThat(read.getCoordinates()).as(gml).containsExactly(expected);
            assertThat(read.getSRID()).isEqualTo(4490);
        }
    }

    @Test
    void anUnclosedRingIsRefusedNamingThePlace() throws Exception {
        String open = "<gml:Polygon xmlns:gml=\"http://www.opengis.net/gml\" srsName=\"EPSG:4490\"><gml:exterior>"
                + "<gml:LinearRing><gml:posList>120.6 27.8 120.7 27.8 120.7 27.9 120.65 27.85</gml:posList>"
                + "</gml:LinearRing></gml:exterior></gml:Polygon>";

        assertThatThrownBy(() -> new GmlGeometryReader(WfsVersion.V2_0_0).read(element(open), "Insert"))
                .isInstanceOfSatisfying(WfsException.class, refused -> {
                    assertThat(refused.entries().get(0).locator()).isEqualTo("Insert/Polygon/exterior");
                    assertThat(refused.getMessage()).contains("not closed", "120.65 27.85");
                });
    }

    private static Element element(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
