package org.gridpatrol.geo.internal;

import java.util.Objects;
import java.util.Optional;
import org.gridpatrol.geo.api.GeometryProblem;
import org.gridpatrol.geo.api.GeometryValidator;
import org.locationtech.jts.geom.Geometry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Validates boundaries with JTS; how far a child leaves its parent is measured in metres. */
@Component(service = GeometryValidator.class)
public class JtsGeometryValidator implements GeometryValidator {

    private final OutsideCheck outsideCheck;

    @Activate
    public JtsGeometryValidator() {
        outsideCheck = new OutsideCheck(new GaussKrugerProjector());
    }

    @Override
    public Optional<GeometryProblem> polygonProblem(Geometry geometry) {
        return PolygonShapeCheck.problem(geometry);
    }

    @Override
    public Optional<GeometryProblem> outsideProblem(Geometry child, Geometry parent, double toleranceMetres) {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(parent, "parent");
        if (!(toleranceMetres >= 0) || Double.isInfinite(toleranceMetres)) {
            throw new IllegalArgumentException("toleranceMetres must be a finite number >= 0, got " + toleranceMetres);
        }
        return outsideCheck.problem(child, parent, toleranceMetres);
    }
}
