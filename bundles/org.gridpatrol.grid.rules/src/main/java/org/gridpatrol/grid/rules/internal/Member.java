package org.gridpatrol.grid.rules.internal;

import org.gridpatrol.grid.api.GridUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A unit ready for the checks: its geometry copied into floating precision (so overlays do not depend
 * on the caller's precision model), whether it is valid and where not, and its area.
 *
 * @param shape     floating-precision copy of the geometry; null when the unit has none
 * @param problem   why the geometry is unusable, null when it is valid
 * @param problemAt where the problem is, null when it has no place
 */
public record Member(GridUnit unit, Geometry shape, String problem, Coordinate problemAt, double squareMetres) {

    static final GeometryFactory CGCS2000 = new GeometryFactory(new PrecisionModel(), 4490);

    public static Member of(GridUnit unit) {
        if (unit.geometry() == null) {
            return new Member(unit, null, "the geometry is missing", null, 0);
        }
        Geometry shape = CGCS2000.createGeometry(unit.geometry());
        if (shape.isEmpty()) {
            return new Member(unit, shape, "the geometry is empty", null, 0);
        }
        TopologyValidationError error = new IsValidOp(shape).getValidationError();
        if (error != null) {
            return new Member(unit, shape, error.getMessage(), error.getCoordinate(), 0);
        }
        shape.getEnvelopeInternal(); // computed now, so threads sharing the shape only read it
        return new Member(unit, shape, null, null, LocalMetres.around(shape).squareMetres(shape));
    }

    public String code() {
        return unit.code();
    }

    public boolean valid() {
        return problem == null;
    }
}
