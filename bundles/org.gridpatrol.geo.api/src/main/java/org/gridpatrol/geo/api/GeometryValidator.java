package org.gridpatrol.geo.api;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** Checks that geometries are fit to be stored as administrative or grid boundaries. */
public interface GeometryValidator {

    /**
     * The first problem that makes {@code geometry} unfit as a polygonal boundary: null or empty,
     * not polygonal, unclosed or too short rings, self-intersections, ring crossings, holes outside
     * their shell, coordinates outside lon/lat range. Empty when it is valid.
     */
    Optional<GeometryProblem> polygonProblem(Geometry geometry);

    /**
     * Where {@code child} leaves {@code parent} by more than {@code toleranceMetres} (measured in the
     * projected CRS), or empty when it lies inside.
     */
    Optional<GeometryProblem> outsideProblem(Geometry child, Geometry parent, double toleranceMetres);
}
