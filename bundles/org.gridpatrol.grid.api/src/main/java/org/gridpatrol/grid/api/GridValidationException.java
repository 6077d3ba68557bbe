package org.gridpatrol.grid.api;

import org.gridpatrol.geo.api.GeometryProblem;

/** A unit was refused; {@link #field()} names what is wrong and nothing was stored. */
public class GridValidationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient GeometryProblem problem;

    public GridValidationException(String field, GeometryProblem problem) {
        super(field + ": " + problem.reason());
        this.field = field;
        this.problem = problem;
    }

    public GridValidationException(String field, String reason) {
        this(field, GeometryProblem.unlocated(reason));
    }

    public String field() {
        return field;
    }

    public GeometryProblem problem() {
        return problem;
    }
}
