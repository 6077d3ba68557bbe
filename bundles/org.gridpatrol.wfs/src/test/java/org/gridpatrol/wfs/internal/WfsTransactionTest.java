package org.gridpatrol.wfs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridpatrol.wfs.internal.WfsClient.attributes;
import static org.gridpatrol.wfs.internal.WfsClient.texts;
import static org.gridpatrol.wfs.internal.WfsClient.xml;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.w3c.dom.Document;

/**
 * Transactions as QGIS 3.22 (WFS 1.0 and 1.1) and GDAL (WFS 1.1) send them, against the real store, edit
 * service and topology rules: one revision per Transaction, stale versions refused, rules enforced.
 */
class WfsTransactionTest {

    static final SharedCorner CORNER = SharedCorner.find(DemoGrid.DEMO);
    static final String WFS_10 = "<Transaction xmlns=\"http://www.opengis.net/wfs\" service=\"WFS\" version=\"1.0.0\" "
            + "xmlns:gml=\"http://www.opengis.net/gml\" xmlns:ogc=\"http://www.opengis.net/ogc\"";
    static final String WFS_11 = "<wfs:Transaction xmlns:wfs=\"http://www.opengis.net/wfs\" service=\"WFS\" "
            + "version=\"1.1.0\" xmlns:gml=\"http://www.opengis.net/gml\" xmlns:ogc=\"http://www.opengis.net/ogc\"";

    @TempDir
    Path folder;
    DemoGrid grid;
    WfsClient wfs;

    @BeforeEach
    void seed() throws Exception {
        grid = new DemoGrid(folder);
        wfs = new WfsClient(grid.endpoint());
        grid.events.clear();
    }

    @AfterEach
    void close() {
        grid.close();
    }

    @Test
    void qgisWfs10MovesTheSharedVertexInEveryMicroGridAsOneRevision() {
        StringBuilder body = new StringBuilder(WFS_10 + " handle=\"move the shared corner\">");
        for (GridUnit unit : CORNER.sharing()) {
            body.append(qgisGeometryUpdate(unit, "micro-grids." + unit.code() + ".v1",
                    ClientGml.qgisGml2(CORNER.moved(unit, 3))));
        }
        ApiResponse answer = wfs.transaction(body + "</Transaction>");

        assertThat(answer.status()).as(WfsClient.text(answer)).isEqualTo(200);
        Document response = xml(answer);
        assertThat(response.getDocumentElement().getLocalName()).isEqualTo("WFS_TransactionResponse");
        assertThat(WfsClient.elements(response, "SUCCESS")).hasSize(1);
        for (GridUnit unit : CORNER.sharing()) {
            VersionedUnit stored = grid.edits.current(unit.code()).orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.unit().geometry().equalsExact(CORNER.moved(unit, 3), 1e-12)).isTrue();
            assertThat(stored.unit().worker()).isEqualTo(unit.worker());
        }
        Revision revision = lastRevision(CORNER.first().code());
        assertThat(revision.author()).isEqualTo("gis");
        assertThat(revision.comment()).isEqualTo("move the shared corner");
        assertThat(revision.changes()).extracting(UnitChange::code)
                .containsExactlyInAnyOrderElementsOf(CORNER.sharing().stream().map(GridUnit::code).toList());
        assertThat(grid.events.events(GridUnits.TOPIC_CHANGED)).hasSize(1);
    }

    @Test
    void aOneSidedMoveInGml3LatLonIsRefusedWithTheLocatedViolationsAndNothingSaved() {
        GridUnit unit = CORNER.first();
        String body = WFS_11 + "><wfs:Update typeName=\"gp:micro-grids\" xmlns:gp=\"" + FeatureType.NAMESPACE + "\">"
                + "<wfs:Property><wfs:Name>geometry</wfs:Name><wfs:Value>"
                + ClientGml.gml3LatLon(CORNER.moved(unit, 3), "urn:ogc:def:crs:EPSG::4490")
                + "</wfs:Value></wfs:Property><ogc:Filter><ogc:GmlObjectId gml:id=\"micro-grids." + unit.code()
                + ".v1\"/></ogc:Filter></wfs:Update></wfs:Transaction>";

        ApiResponse answer = wfs.transaction(body);

        assertThat(answer.status()).as(WfsClient.text(answer)).isEqualTo(422);
        Document report = xml(answer);
        assertThat(attributes(report, "Exception", "exceptionCode")).containsOnly("OperationProcessingFailed");
        assertThat(texts(report, "ExceptionText")).anySatisfy(text -> assertThat(text)
                .containsAnyOf("GAP", "OVERLAP").contains("POLYGON"));
        assertThat(attributes(report, "Exception", "locator")).anySatisfy(locator -> assertThat(locator)
                .contains(unit.code()));
        assertThat(grid.edits.current(unit.code()).orElseThrow().version()).isEqualTo(1);
        assertThat(grid.events.events()).isEmpty();
    }

    @Test
    void anUpdateBasedOnAnOutdatedVersionIsA409ConflictAndNothingIsSaved() {
        GridUnit unit = CORNER.first();
        assertThat(wfs.transaction(gdalRename(unit, "v1", "第一次")).status()).isEqualTo(200);

        ApiResponse stale = wfs.post(gdalRename(unit, "v1", "第二次"), "other", "gis-editor");

        assertThat(stale.status()).as(WfsClient.text(stale)).isEqualTo(409);
        Document report = xml(stale);
        assertThat(attributes(report, "Exception", "exceptionCode")).containsExactly("OperationProcessingFailed");
        assertThat(attributes(report, "Exception", "locator")).containsExactly(unit.code());
        assertThat(texts(report, "ExceptionText").get(0)).contains("version 1", "current version is 2", "Reload");
        assertThat(WfsClient.text(stale)).contains("<ows:ExceptionReport");
        VersionedUnit stored = grid.edits.current(unit.code()).orElseThrow();
        assertThat(stored.unit().name()).isEqualTo("第一次");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void gdalSendsEveryFieldBackAndTheMaskedPhoneKeepsTheRealNumber() {
        GridUnit unit = CORNER.first();

        ApiResponse answer = wfs.transaction(gdalRename(unit, "v1", "新名字"));

        assertThat(answer.status()).as(WfsClient.text(answer)).isEqualTo(200);
        Document response = xml(answer);
        assertThat(texts(response, "totalUpdated")).containsExactly("1");
        assertThat(texts(response, "totalInserted")).containsExactly("0");
        VersionedUnit stored = grid.edits.current(unit.code()).orElseThrow();
        assertThat(stored.unit().name()).isEqualTo("新名字");
        assertThat(stored.unit().worker().phone()).isEqualTo(unit.worker().phone());
        assertThat(stored.unit().geometry().equalsExact(unit.geometry(), 1e-9)).isTrue();
        assertThat(lastRevision(unit.code()).comment()).isEqualTo(WfsSettings.DEFAULTS.defaultComment());
        // the same GDAL session writes again with the id it read: the same field, so a conflict
        assertThat(wfs.transaction(gdalRename(unit, "v1", "又改名")).status()).isEqualTo(409);
    }

    @Test
    void qgisSavingAttributesThenGeometryWithTheSameIdsIsAcceptedForTheSameUserOnly() {
        GridUnit unit = CORNER.first();
        String rename = WFS_10 + "><Update typeName=\"gp:micro-grids\" xmlns:gp=\"" + FeatureType.NAMESPACE + "\">"
                + "<Property><Name>name</Name><Value>改过的名字</Value></Property>"
                + "<ogc:Filter><ogc:FeatureId fid=\"micro-grids." + unit.code() + ".v1\"/></ogc:Filter></Update></Transaction>";
        StringBuilder move = new StringBuilder(WFS_10 + ">");
        CORNER.sharing().forEach(neighbour -> move.append(qgisGeometryUpdate(neighbour, "micro-grids."
                + neighbour.code() + ".v1", ClientGml.qgisGml2(CORNER.moved(neighbour, 3)))));
        move.append("</Transaction>");

        assertThat(wfs.transaction(rename).status()).isEqualTo(200);
        assertThat(wfs.post(move.toString(), "someone-else", "gis-editor").status()).isEqualTo(409);
        ApiResponse geometry = wfs.transaction(move.toString());

        assertThat(geometry.status()).as(WfsClient.text(geometry)).isEqualTo(200);
        VersionedUnit stored = grid.edits.current(unit.code()).orElseThrow();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.unit().name()).isEqualTo("改过的名字");
        assertThat(stored.unit().geometry().equalsExact(CORNER.moved(unit, 3), 1e-12)).isTrue();
    }

    @Test
    void aBareIdIsRefusedUnlessConfiguredAndThenMeansTheCurrentVersion() {
        GridUnit unit = CORNER.first();
        String body = gdalRename(unit, null, "无版本");

        ApiResponse refused = wfs.transaction(body);
        WfsReadTest.assertRefused(refused, 400, "InvalidParameterValue", "micro-grids." + unit.code(), "reload");

        WfsSettings lenient = new WfsSettings(1 << 20, 100, true, Duration.ZERO, false, "edit");
        ApiResponse accepted = new WfsClient(grid.endpoint(lenient)).transaction(body);
        assertThat(accepted.status()).as(WfsClient.text(accepted)).isEqualTo(200);
        assertThat(grid.edits.current(unit.code()).orElseThrow().unit().name()).isEqualTo("无版本");
    }

    @Test
    void splittingAMicroGridByUpdateAndInsertThenMergingBackByUpdateAndDelete() {
        GridUnit unit = CORNER.first();
        Envelope box = unit.geometry().getEnvelopeInternal();
        double middle = (box.getMinX() + box.getMaxX()) / 2;
        MultiPolygon west = multi(unit.geometry().intersection(rectangle(box.getMinX() - 1, box.getMinY() - 1, middle,
                box.getMaxY() + 1)));
        MultiPolygon east = multi(unit.geometry().difference(west));
        String newCode = unit.parentCode() + "999";

        ApiResponse split = wfs.transaction(WFS_11 + " handle=\"split\"><wfs:Update typeName=\"feature:micro-grids\" "
                + "xmlns:feature=\"" + FeatureType.NAMESPACE + "\"><wfs:Property><wfs:Name>geometry</wfs:Name><wfs:Value>"
                + ClientGml.gml3LonLat(west) + "</wfs:Value></wfs:Property><ogc:Filter><ogc:GmlObjectId gml:id="
                + "\"micro-grids." + unit.code() + ".v1\"/></ogc:Filter></wfs:Update>"
                + "<wfs:Insert><feature:micro-grids xmlns:feature=\"" + FeatureType.NAMESPACE + "\"><feature:geometry>"
                + ClientGml.gml3LatLon(east, "urn:ogc:def:crs:EPSG::4490") + "</feature:geometry><feature:code>" + newCode
                + "</feature:code><feature:name>东半</feature:name><feature:worker_name>王五</feature:worker_name>"
                + "<feature:worker_phone>13900001111</feature:worker_phone></feature:micro-grids></wfs:Insert>"
                + "</wfs:Transaction>");

        assertThat(split.status()).as(WfsClient.text(split)).isEqualTo(200);
        Document response = xml(split);
        assertThat(texts(response, "totalInserted")).containsExactly("1");
        assertThat(texts(response, "totalUpdated")).containsExactly("1");
        assertThat(attributes(response, "FeatureId", "fid")).containsExactly("micro-grids." + newCode + ".v1");
        GridUnit inserted = grid.units.find(newCode).orElseThrow();
        assertThat(inserted.parentCode()).isEqualTo(unit.parentCode());
        assertThat(inserted.worker().phone()).isEqualTo("13900001111");
        assertThat(lastRevision(newCode).changes()).hasSize(2);

        ApiResponse merge = wfs.transaction(WFS_10 + " handle=\"merge\"><Update typeName=\"micro-grids\"><Property>"
                + "<Name>geometry</Name><Value>" + ClientGml.qgisGml2(unit.geometry()) + "</Value></Property>"
                + "<ogc:Filter><ogc:FeatureId fid=\"micro-grids." + unit.code() + ".v2\"/></ogc:Filter></Update>"
                + "<Delete typeName=\"micro-grids\"><ogc:Filter><ogc:FeatureId fid=\"micro-grids." + newCode
                + ".v1\"/></ogc:Filter></Delete></Transaction>");

        assertThat(merge.status()).as(WfsClient.text(merge)).isEqualTo(200);
        assertThat(grid.units.find(newCode)).isEmpty();
        assertThat(lastRevision(unit.code()).changes()).extracting(UnitChange::kind)
                .containsExactlyInAnyOrder(UnitChange.Kind.UPDATED, UnitChange.Kind.DELETED);
    }

    @Test
    void deletingAMicroGridAloneLeavesAGapAndIsRefused() {
        GridUnit unit = CORNER.first();
        ApiResponse answer = wfs.transaction(WFS_11 + "><wfs:Delete typeName=\"gp:micro-grids\"><ogc:Filter>"
                + "<ogc:FeatureId fid=\"micro-grids." + unit.code() + ".v1\"/></ogc:Filter></wfs:Delete></wfs:Transaction>");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(WfsClient.text(answer)).contains("GAP");
        assertThat(grid.units.find(unit.code())).isPresent();
    }

    @Test
    void readersCannotEditAndBadTransactionsAreNamedExceptions() {
        GridUnit unit = CORNER.first();
        ApiResponse reader = wfs.post(gdalRename(unit, "v1", "x"), "viewer", "user");
        assertThat(reader.status()).isEqualTo(403);
        assertThat(WfsClient.text(reader)).contains("gis-editor");

        WfsReadTest.assertRefused(wfs.transaction(WFS_11 + "><wfs:Delete typeName=\"gp:roads\"><ogc:Filter>"
                + "<ogc:FeatureId fid=\"roads.1\"/></ogc:Filter></wfs:Delete></wfs:Transaction>"), 400,
                "InvalidParameterValue", "Transaction/Delete[1]@typeName", "gp:roads");
        WfsReadTest.assertRefused(wfs.transaction(WFS_11 + "><wfs:Update typeName=\"micro-grids\"><wfs:Property>"
                + "<wfs:Name>colour</wfs:Name><wfs:Value>red</wfs:Value></wfs:Property><ogc:Filter><ogc:FeatureId "
                + "fid=\"micro-grids." + unit.code() + ".v1\"/></ogc:Filter></wfs:Update></wfs:Transaction>"), 400,
                "InvalidParameterValue", "Transaction/Update[1]/Property[1]/colour", "colour");
        WfsReadTest.assertRefused(wfs.transaction(WFS_11 + "><wfs:Delete typeName=\"micro-grids\"><ogc:Filter>"
                + "<ogc:PropertyIsEqualTo><ogc:PropertyName>name</ogc:PropertyName><ogc:Literal>x</ogc:Literal>"
                + "</ogc:PropertyIsEqualTo></ogc:Filter></wfs:Delete></wfs:Transaction>"), 400,
                "OperationNotSupported", "Transaction/Delete[1]/Filter/PropertyIsEqualTo", "not supported");
        WfsReadTest.assertRefused(wfs.transaction(WFS_11 + "><wfs:Update typeName=\"micro-grids\"><wfs:Property>"
                + "<wfs:Name>geometry</wfs:Name><wfs:Value>" + ClientGml.gml3LatLon(unit.geometry(), "EPSG:4490")
                + "</wfs:Value></wfs:Property><ogc:Filter><ogc:FeatureId fid=\"micro-grids." + unit.code()
                + ".v1\"/></ogc:Filter></wfs:Update></wfs:Transaction>"), 400, "InvalidParameterValue",
                "Transaction/Update[1]/Property[1]/Value/MultiSurface/surfaceMember[1]/exterior", "latitude first");
        WfsReadTest.assertRefused(wfs.transaction(WFS_11 + "><wfs:Update typeName=\"micro-grids\"><wfs:Property>"
                + "<wfs:Name>geometry</wfs:Name><wfs:Value>" + ClientGml.gml3LatLon(unit.geometry(), "EPSG:2385")
                + "</wfs:Value></wfs:Property><ogc:Filter><ogc:FeatureId fid=\"micro-grids." + unit.code()
                + ".v1\"/></ogc:Filter></wfs:Update></wfs:Transaction>"), 400, "InvalidParameterValue",
                "Transaction/Update[1]/Property[1]/Value/MultiSurface/surfaceMember[1]/exterior@srsName", "EPSG:2385");
        assertThat(grid.edits.current(unit.code()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void anOversizedBodyAndBrokenTransactionXmlAreRefusedInTheClientsVersion() {
        WfsSettings small = new WfsSettings(2048, 100, false, Duration.ZERO, false, "edit");
        ApiResponse tooBig = new WfsClient(grid.endpoint(small)).transaction(gdalRename(CORNER.first(), "v1", "x".repeat(3000)));
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(WfsClient.text(tooBig)).contains("<ows:ExceptionReport", "limit is 2048");

        ApiResponse broken = wfs.transaction(WFS_10 + "><Update typeName=\"micro-grids\"></Transaction>");
        assertThat(broken.status()).isEqualTo(400);
        Document report = xml(broken);
        assertThat(report.getDocumentElement().getLocalName()).isEqualTo("ServiceExceptionReport");
        assertThat(attributes(report, "ServiceException", "code")).containsExactly("OperationParsingFailed");
    }

    @Test
    void legacyClientsCanBeAnsweredWith200WhenConfigured() {
        WfsSettings ok = new WfsSettings(1 << 20, 100, false, Duration.ZERO, true, "edit");
        WfsClient lenient = new WfsClient(grid.endpoint(ok));
        assertThat(lenient.transaction(gdalRename(CORNER.first(), "v1", "a")).status()).isEqualTo(200);

        ApiResponse stale = lenient.transaction(gdalRename(CORNER.first(), "v1", "b"));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(WfsClient.text(stale)).contains("<ows:ExceptionReport", "OperationProcessingFailed");
    }

    /** An Update as QGIS writes it for WFS 1.0: geometry only, FeatureId filter. */
    static String qgisGeometryUpdate(GridUnit unit, String fid, String gml) {
        return "<Update typeName=\"gp:micro-grids\" xmlns:gp=\"" + FeatureType.NAMESPACE + "\"><Property><Name>geometry"
                + "</Name><Value>" + gml + "</Value></Property><ogc:Filter><ogc:FeatureId fid=\"" + fid + "\"/>"
                + "</ogc:Filter></Update>";
    }

    /**
     * GDAL's SetFeature over WFS 1.1: every field as read (masked phone, version) plus the geometry in GML 3
     * lat/lon, filter {@code GmlObjectId}; {@code version} null for a bare id.
     */
    static String gdalRename(GridUnit unit, String version, String name) {
        String id = "micro-grids." + unit.code() + (version == null ? "" : "." + version);
        return "<?xml version=\"1.0\"?>\n<wfs:Transaction xmlns:wfs=\"http://www.opengis.net/wfs\"\n"
                + "  xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n  service=\"WFS\" version=\"1.1.0\"\n"
                + "  xmlns:gml=\"http://www.opengis.net/gml\"\n  xmlns:ogc=\"http://www.opengis.net/ogc\">\n"
                + "  <wfs:Update typeName=\"feature:micro-grids\" xmlns:feature=\"" + FeatureType.NAMESPACE + "\">\n"
                + "    <wfs:Property>\n      <wfs:Name>geometry</wfs:Name>\n      <wfs:Value>"
                + ClientGml.gml3LatLon(unit.geometry(), "urn:ogc:def:crs:EPSG::4490") + "</wfs:Value>\n    </wfs:Property>\n"
                + property("code", unit.code()) + property("name", name) + property("level", "micro-grid")
                + property("parent", unit.parentCode()) + property("worker_name", unit.worker().name())
                + property("worker_phone", unit.worker().maskedPhone()) + property("version", "1")
                + "    <ogc:Filter>\n      <ogc:GmlObjectId gml:id=\"" + id + "\"/>\n    </ogc:Filter>\n"
                + "  </wfs:Update>\n</wfs:Transaction>\n";
    }

    private static String property(String name, String value) {
        return "    <wfs:Property>\n      <wfs:Name>" + name + "</wfs:Name>\n      <wfs:Value>" + value
                + "</wfs:Value>\n    </wfs:Property>\n";
    }

    private Revision lastRevision(String code) {
        List<Revision> history = grid.edits.history(code); // changes of this code only
        return grid.edits.revision(history.get(history.size() - 1).id()).orElseThrow();
    }

    private static Polygon rectangle(double minX, double minY, double maxX, double maxY) {
        return GmlGeometryReader.FACTORY.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(minX, minY), new org.locationtech.jts.geom.Coordinate(maxX, minY),
            new org.locationtech.jts.geom.Coordinate(maxX, maxY), new org.locationtech.jts.geom.Coordinate(minX, maxY),
            new org.locationtech.jts.geom.Coordinate(minX, minY)});
    }

    private static MultiPolygon multi(Geometry polygonal) {
        return polygonal instanceof MultiPolygon multi ? multi
                : GmlGeometryReader.FACTORY.createMultiPolygon(new Polygon[] {(Polygon) polygonal});
    }
}
