package org.gridpatrol.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Checks shared by the dataset tests; independent of the generator's own union code. */
final class HierarchyChecks {

    /** Tolerance for gaps, overlaps and area differences, in square metres. */
    static final double TOLERANCE_M2 = 0.05;

    private static final GeometryFactory FLOATING = new GeometryFactory();

    private HierarchyChecks() {
    }

    static Map<String, List<GisFeature>> childrenByParent(List<GisFeature> features) {
        Map<String, List<GisFeature>> children = new LinkedHashMap<>();
        for (GisFeature feature : features) {
            if (feature.parentCode() != null) {
                children.computeIfAbsent(feature.parentCode(), code -> new ArrayList<>()).add(feature);
            }
        }
        return children;
    }

    static void assertValid(GisFeature feature) {
        IsValidOp validity = new IsValidOp(feature.geometry());
        assertThat(validity.isValid()).as("%s %s", feature.code(), validity.getValidationError()).isTrue();
        assertThat(feature.geometry().isEmpty()).as(feature.code()).isFalse();
        assertThat(feature.geometry().getArea()).as(feature.code()).isPositive();
    }

    /** The children cover the parent with no gap (union equals parent) and no overlap (areas add up). */
    static void assertTiles(GisFeature parent, List<GisFeature> children) {
        Geometry parentGeometry = FLOATING.createGeometry(parent.geometry());
        List<Geometry> childGeometries = children.stream()
                .map(child -> (Geometry) FLOATING.createGeometry(child.geometry())).toList();
        Geometry union = UnaryUnionOp.union(childGeometries);
        Geometry difference = OverlayNGRobust.overlay(union, parentGeometry, OverlayNG.SYMDIFFERENCE);
        double latitude = parentGeometry.getCentroid().getY();
        assertThat(squareMetres(difference.getArea(), latitude))
                .as("gap or spill between %s and its children", parent.code()).isLessThan(TOLERANCE_M2);
        double childArea = childGeometries.stream().mapToDouble(Geometry::getArea).sum();
        assertThat(squareMetres(Math.abs(childArea - parentGeometry.getArea()), latitude))
                .as("overlap among the children of %s", parent.code()).isLessThan(TOLERANCE_M2);
    }

    /** Local equirectangular approximation: good to well under a percent over a county. */
    static double squareMetres(double squareDegrees, double latitude) {
        double metresPerDegreeLat = 110_574;
        double metresPerDegreeLon = 111_320 * Math.cos(Math.toRadians(latitude));
        return squareDegrees * metresPerDegreeLat * metresPerDegreeLon;
    }
}
