package org.gridpatrol.wfs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridpatrol.wfs.internal.WfsClient.attributes;
import static org.gridpatrol.wfs.internal.WfsClient.elements;
import static org.gridpatrol.wfs.internal.WfsClient.texts;
import static org.gridpatrol.wfs.internal.WfsClient.xml;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.Requests;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.w3c.dom.Document;

/** GetCapabilities, DescribeFeatureType and GetFeature on the demo hierarchy in a real store. */
class WfsReadTest {

    @TempDir
    static Path folder;
    static DemoGrid grid;
    static WfsClient wfs;
    static final long MICRO_GRIDS = DemoGrid.count(AdminLevel.MICRO_GRID);

    @BeforeAll
    static void seed() throws Exception {
        grid = new DemoGrid(folder);
        wfs = new WfsClient(grid.endpoint());
    }

    @AfterAll
    static void close() {
        grid.close();
    }

    @Test
    void capabilitiesOf20ListTheTypesWithTransactionPagingAndTheServiceUrl() {
        ApiResponse answer = wfs.get("SERVICE=WFS&REQUEST=GetCapabilities");

        assertThat(answer.status()).isEqualTo(200);
        Document caps = xml(answer);
        assertThat(caps.getDocumentElement().getAttribute("version")).isEqualTo("2.0.0");
        assertThat(texts(caps, "Name")).contains("gp:counties", "gp:towns", "gp:communities", "gp:grids",
                "gp:micro-grids");
        assertThat(attributes(caps, "Operation", "name")).contains("GetFeature", "Transaction");
        assertThat(texts(caps, "DefaultCRS")).containsOnly("urn:ogc:def:crs:EPSG::4490");
        assertThat(elements(caps, "Post").get(0).getAttributeNS("http://www.w3.org/1999/xlink", "href"))
                .isEqualTo(WfsClient.BASE_URL + "/wfs");
        assertThat(elements(caps, "Constraint").stream().filter(c -> c.getAttribute("name")
                .equals("ImplementsTransactionalWFS")).findFirst().orElseThrow().getTextContent()).contains("TRUE");
        assertThat(texts(caps, "LowerCorner").get(0)).startsWith("120.");
    }

    @Test
    void capabilitiesAreNegotiatedFor11And10AndByXmlPost() {
        Document v11 = xml(wfs.get("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0,1.0.0"));
        assertThat(v11.getDocumentElement().getAttribute("version")).isEqualTo("1.1.0");
        assertThat(texts(v11, "Operation")).contains("Insert", "Update", "Delete");
        assertThat(texts(v11, "DefaultSRS")).contains("urn:ogc:def:crs:EPSG::4490");

        Document v10 = xml(wfs.get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetCapabilities"));
        assertThat(v10.getDocumentElement().getLocalName()).isEqualTo("WFS_Capabilities");
        assertThat(elements(v10, "Transaction")).isNotEmpty();
        assertThat(texts(v10, "SRS")).containsOnly("EPSG:4490");

        Document posted = xml(wfs.post("<GetCapabilities xmlns=\"http://www.opengis.net/wfs\" service=\"WFS\" "
                + "version=\"1.1.0\"/>", "gis", "user"));
        assertThat(posted.getDocumentElement().getAttribute("version")).isEqualTo("1.1.0");
    }

    @Test
    void describeFeatureTypeGivesTheAttributesAndAMultiSurfaceGeometry() {
        Document schema = xml(wfs.get("SERVICE=WFS&VERSION=1.1.0&REQUEST=DescribeFeatureType&TYPENAME=gp:micro-grids"));

        assertThat(schema.getDocumentElement().getAttribute("targetNamespace")).isEqualTo(FeatureType.NAMESPACE);
        assertThat(attributes(schema, "element", "name")).containsExactly("code", "name", "level", "parent",
                "worker_name", "worker_phone", "version", "geometry", "micro-grids");
        assertThat(attributes(schema, "element", "type")).contains("gml:MultiSurfacePropertyType", "xsd:long");

        Document gml2 = xml(wfs.get("SERVICE=WFS&VERSION=1.0.0&REQUEST=DescribeFeatureType&TYPENAME=grids"));
        assertThat(attributes(gml2, "element", "type")).contains("gml:MultiPolygonPropertyType");
    }

    @Test
    void pagingWithCountAndStartIndexSeesEveryMicroGridOnce() {
        Set<String> seen = new HashSet<>();
        List<String> all = new ArrayList<>();
        for (int start = 0; start < MICRO_GRIDS; start += 100) {
            Document page = xml(wfs.get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=gp:micro-grids"
                    + "&COUNT=100&STARTINDEX=" + start));
            assertThat(page.getDocumentElement().getAttribute("numberMatched")).isEqualTo(Long.toString(MICRO_GRIDS));
            List<String> ids = attributes(page, "micro-grids", "id");
            assertThat(page.getDocumentElement().getAttribute("numberReturned")).isEqualTo(
                    Integer.toString(ids.size()));
            all.addAll(ids);
            seen.addAll(ids);
        }
        assertThat(all).hasSize((int) MICRO_GRIDS).doesNotHaveDuplicates();
        assertThat(seen).allMatch(id -> id.matches("micro-grids\\.\\d{18}\\.v1"));
        assertThat(all).isSorted();
    }

    @Test
    void maxFeaturesLimitsA11AnswerAndHitsCountsWithoutFeatures() {
        Document page = xml(wfs.get("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=micro-grids&MAXFEATURES=7"));
        assertThat(elements(page, "micro-grids")).hasSize(7);
        assertThat(page.getDocumentElement().getAttribute("numberOfFeatures")).isEqualTo("7");

        Document hits = xml(wfs.get("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=micro-grids&RESULTTYPE=hits"));
        assertThat(elements(hits, "micro-grids")).isEmpty();
        assertThat(hits.getDocumentElement().getAttribute("numberOfFeatures")).isEqualTo(Long.toString(MICRO_GRIDS));
    }

    @Test
    void urnCrsIsWrittenLatitudeFirstAndTheShortNameLongitudeFirst() {
        GridUnit unit = DemoGrid.DEMO.stream().filter(u -> u.level() == AdminLevel.MICRO_GRID).findFirst().orElseThrow();
        String first = unit.geometry().getCoordinates()[0].x + " " + unit.geometry().getCoordinates()[0].y;
        String id = "micro-grids." + unit.code() + ".v1";

        Document urn = xml(wfs.get("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&FEATUREID=" + id));
        Document shortName = xml(wfs.get("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&FEATUREID=" + id
                + "&SRSNAME=EPSG:4490"));
        Document v10 = xml(wfs.get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=micro-grids&FEATUREID=" + id));

        assertThat(attributes(urn, "MultiSurface", "srsName")).containsExactly("urn:ogc:def:crs:EPSG::4490");
        assertThat(position(texts(urn, "posList").get(0), true)).isEqualTo(first);
        assertThat(position(texts(shortName, "posList").get(0), false)).isEqualTo(first);
        assertThat(attributes(v10, "micro-grids", "fid")).containsExactly(id);
        String tuple = texts(v10, "coordinates").get(0).split(" ")[0];
        assertThat(tuple.replace(',', ' ')).isEqualTo(position(tuple.replace(',', ' '), false));
        assertThat(position(tuple.replace(',', ' '), false)).isEqualTo(first);
    }

    @Test
    void bboxIsReadInTheAxisOrderOfItsCrsAndFindsTheSameFeaturesEitherWay() {
        GridUnit unit = DemoGrid.DEMO.stream().filter(u -> u.level() == AdminLevel.MICRO_GRID).findFirst().orElseThrow();
        Envelope box = around(unit);
        String lonLat = box.getMinX() + "," + box.getMinY() + "," + box.getMaxX() + "," + box.getMaxY();
        String latLon = box.getMinY() + "," + box.getMinX() + "," + box.getMaxY() + "," + box.getMaxX();

        List<String> byShortName = ids("VERSION=2.0.0&TYPENAMES=micro-grids&BBOX=" + lonLat + ",EPSG:4490");
        List<String> byUrn = ids("VERSION=2.0.0&TYPENAMES=micro-grids&BBOX=" + latLon + ",urn:ogc:def:crs:EPSG::4490");
        List<String> byDefault11 = ids("VERSION=1.1.0&TYPENAME=micro-grids&BBOX=" + latLon);
        List<String> byDefault10 = ids("VERSION=1.0.0&TYPENAME=micro-grids&BBOX=" + lonLat);

        assertThat(byShortName).containsExactly("micro-grids." + unit.code() + ".v1");
        assertThat(byUrn).isEqualTo(byShortName);
        assertThat(byDefault11).isEqualTo(byShortName);
        assertThat(byDefault10).isEqualTo(byShortName);
    }

    @Test
    void aBboxWhoseLatitudeIsOutOfRangeNamesTheAxisRule() {
        ApiResponse answer = wfs.get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=micro-grids"
                + "&BBOX=120.6,27.8,120.7,27.9,urn:ogc:def:crs:EPSG::4490");

        assertThat(answer.status()).isEqualTo(400);
        Document report = xml(answer);
        assertThat(attributes(report, "Exception", "locator")).containsExactly("BBOX");
        assertThat(texts(report, "ExceptionText").get(0)).contains("latitude 120.6", "latitude first");
    }

    @Test
    void geoJsonIsLonLatWithVersionedIdsAndMaskedPhones() throws Exception {
        ApiResponse answer = wfs.get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=gp:micro-grids&COUNT=2"
                + "&OUTPUTFORMAT=application/json&SRSNAME=urn:ogc:def:crs:EPSG::4490");

        assertThat(answer.contentType()).isEqualTo("application/json");
        JsonNode json = Requests.json(answer);
        assertThat(json.get("numberMatched").asLong()).isEqualTo(MICRO_GRIDS);
        JsonNode feature = json.get("features").get(0);
        assertThat(feature.get("id").asText()).matches("micro-grids\\.\\d{18}\\.v1");
        assertThat(feature.get("geometry").get("coordinates").get(0).get(0).get(0).get(0).asDouble()).isGreaterThan(100);
        assertThat(feature.get("properties").get("worker_phone").asText()).contains("****");
        assertThat(feature.get("properties").get("version").asLong()).isEqualTo(1);
    }

    @Test
    void phonesAreMaskedInGmlToo() {
        Document page = xml(wfs.get("SERVICE=WFS&REQUEST=GetFeature&VERSION=2.0.0&TYPENAMES=grids&COUNT=3"));
        assertThat(texts(page, "worker_phone")).hasSize(3).allMatch(phone -> phone.matches("\\d{3}\\*+\\d{4}"));
    }

    @Test
    void xmlPostGetFeatureWithResourceIdAndWithBbox() {
        GridUnit unit = DemoGrid.DEMO.stream().filter(u -> u.level() == AdminLevel.GRID).findFirst().orElseThrow();
        Document byId = xml(wfs.post("<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" "
                + "xmlns:fes=\"http://www.opengis.net/fes/2.0\" service=\"WFS\" version=\"2.0.0\">"
                + "<wfs:Query typeNames=\"gp:grids\"><fes:Filter><fes:ResourceId rid=\"grids." + unit.code()
                + ".v1\"/></fes:Filter></wfs:Query></wfs:GetFeature>", "gis", "user"));
        assertThat(attributes(byId, "grids", "id")).containsExactly("grids." + unit.code() + ".v1");

        Envelope inside = around(unit);
        Document byBox = xml(wfs.post("<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs\" "
                + "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\" service=\"WFS\" "
                + "version=\"1.1.0\"><wfs:Query typeName=\"grids\"><ogc:Filter><ogc:BBOX><ogc:PropertyName>geometry"
                + "</ogc:PropertyName><gml:Envelope srsName=\"EPSG:4490\"><gml:lowerCorner>" + inside.getMinX() + " "
                + inside.getMinY() + "</gml:lowerCorner><gml:upperCorner>" + inside.getMaxX() + " " + inside.getMaxY()
                + "</gml:upperCorner></gml:Envelope></ogc:BBOX></ogc:Filter></wfs:Query></wfs:GetFeature>", "gis", "user"));
        assertThat(attributes(byBox, "grids", "id")).containsExactly("grids." + unit.code() + ".v1");
    }

    @Test
    void unknownTypeCrsVersionAndRequestAreExceptionReportsNamingTheParameter() {
        assertRefused(wfs.get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=gp:roads"), 400,
                "InvalidParameterValue", "typeNames", "gp:roads");
        assertRefused(wfs.get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=grids&SRSNAME=EPSG:3857"), 400,
                "InvalidParameterValue", "srsName", "EPSG:3857");
        assertRefused(wfs.get("SERVICE=WFS&VERSION=3.0.0&REQUEST=GetFeature&TYPENAMES=grids"), 400,
                "InvalidParameterValue", "version", "3.0.0");
        assertRefused(wfs.get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetMap"), 400, "OperationNotSupported", "request",
                "GetMap");
        assertRefused(wfs.get("SERVICE=WFS&VERSION=2.0.0"), 400, "MissingParameterValue", "request", "REQUEST");
        assertRefused(wfs.get("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=grids&COUNT=-1"), 400,
                "InvalidParameterValue", "COUNT", "-1");
    }

    @Test
    void aKvpFilterIsAppliedOrRefusedButNeverIgnored() {
        GridUnit unit = DemoGrid.DEMO.stream().filter(u -> u.level() == AdminLevel.GRID).findFirst().orElseThrow();
        String byId = "<Filter xmlns=\"http://www.opengis.net/ogc\" xmlns:gml=\"http://www.opengis.net/gml\">"
                + "<GmlObjectId gml:id=\"grids." + unit.code() + ".v1\"/></Filter>";
        Document found = xml(wfs.get("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=gp:grids&FILTER="
                + java.net.URLEncoder.encode(byId, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(attributes(found, "grids", "id")).containsExactly("grids." + unit.code() + ".v1");

        String byName = "<Filter xmlns=\"http://www.opengis.net/ogc\"><PropertyIsEqualTo><PropertyName>name"
                + "</PropertyName><Literal>x</Literal></PropertyIsEqualTo></Filter>";
        assertRefused(wfs.get("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=gp:grids&FILTER="
                + java.net.URLEncoder.encode(byName, java.nio.charset.StandardCharsets.UTF_8)), 400,
                "OperationNotSupported", "FILTER/PropertyIsEqualTo", "not supported");
    }

    @Test
    void wfs10ErrorsAreServiceExceptionReports() {
        ApiResponse answer = wfs.get("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=roads");

        assertThat(answer.status()).isEqualTo(400);
        Document report = xml(answer);
        assertThat(report.getDocumentElement().getLocalName()).isEqualTo("ServiceExceptionReport");
        assertThat(attributes(report, "ServiceException", "code")).containsExactly("InvalidParameterValue");
        assertThat(WfsClient.text(answer)).contains("<ServiceExceptionReport");
    }

    @Test
    void brokenXmlIsAParsingExceptionWithTheLine() {
        ApiResponse answer = wfs.post("<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs\" version=\"1.1.0\">\n"
                + "<wfs:Query typeName=\"grids\">\n</wfs:GetFeature>", "gis", "user");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(WfsClient.text(answer)).startsWith("<?xml").contains("<ows:ExceptionReport");
        Document report = xml(answer);
        assertThat(attributes(report, "Exception", "exceptionCode")).containsExactly("OperationParsingFailed");
        assertThat(attributes(report, "Exception", "locator").get(0)).startsWith("line 3");
    }

    static void assertRefused(ApiResponse answer, int status, String code, String locator, String textPart) {
        assertThat(answer.status()).as(WfsClient.text(answer)).isEqualTo(status);
        Document report = xml(answer);
        assertThat(report.getDocumentElement().getLocalName()).isEqualTo("ExceptionReport");
        assertThat(attributes(report, "Exception", "exceptionCode")).contains(code);
        assertThat(attributes(report, "Exception", "locator")).contains(locator);
        assertThat(String.join(" ", texts(report, "ExceptionText"))).contains(textPart);
    }

    private static List<String> ids(String query) {
        Document page = xml(wfs.get("SERVICE=WFS&REQUEST=GetFeature&" + query));
        List<String> ids = attributes(page, "micro-grids", "id");
        return ids.stream().allMatch(String::isEmpty) ? attributes(page, "micro-grids", "fid") : ids;
    }

    /** A box of about 20 cm around a point well inside the unit. */
    private static Envelope around(GridUnit unit) {
        Envelope box = unit.geometry().getInteriorPoint().getEnvelopeInternal();
        box.expandBy(1e-6);
        return box;
    }

    /** The first position of a posList as "lon lat". */
    private static String position(String posList, boolean latitudeFirst) {
        String[] numbers = posList.split(" ");
        double a = Double.parseDouble(numbers[0]);
        double b = Double.parseDouble(numbers[1]);
        return latitudeFirst ? b + " " + a : a + " " + b;
    }
}
