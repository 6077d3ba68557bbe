package org.gridpatrol.gisdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class GeometriesTest {

    private final WKTReader wkt = new WKTReader(Geometries.FACTORY);

    @Test
    void orientsShellsCounterClockwiseAndHolesClockwise() throws Exception {
        Geometry clockwiseShellWithCcwHole = wkt.read(
                "POLYGON ((0 0, 0 4, 4 4, 4 0, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))");

        MultiPolygon oriented = Geometries.toOrientedMultiPolygon(clockwiseShellWithCcwHole);

        Polygon polygon = (Polygon) oriented.getGeometryN(0);
        assertThat(Orientation.isCCWArea(polygon.getExteriorRing().getCoordinates())).isTrue();
        assertThat(Orientation.isCCWArea(polygon.getInteriorRingN(0).getCoordinates())).isFalse();
        assertThat(oriented.equalsNorm(clockwiseShellWithCcwHole.getFactory().createMultiPolygon(
                new Polygon[] {(Polygon) clockwiseShellWithCcwHole}))).isTrue();
    }

    @Test
    void rejectsNonPolygonalInput() throws Exception {
        assertThatIllegalStateException()
                .isThrownBy(() -> Geometries.toOrientedMultiPolygon(wkt.read("LINESTRING (0 0, 1 1)")));
    }

    @Test
    void coverageUnionDissolvesSharedEdgesWithoutNewVertices() throws Exception {
        Geometry left = wkt.read("POLYGON ((0 0, 0 1, 1 1, 1 0, 0 0))");
        Geometry right = wkt.read("POLYGON ((1 0, 1 1, 2 1, 2 0, 1 0))");
        Geometry apart = wkt.read("POLYGON ((3 0, 3 1, 4 1, 3 0))");

        Geometry union = Geometries.coverageUnion(List.of(left, right, apart));

        assertThat(union.getNumGeometries()).isEqualTo(2);
        assertThat(union.getArea()).isEqualTo(2.5);
        assertThat(union.equalsTopo(wkt.read("MULTIPOLYGON (((0 0, 0 1, 2 1, 2 0, 0 0)), ((3 0, 3 1, 4 1, 3 0)))")))
                .isTrue();
    }
}
