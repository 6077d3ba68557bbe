package org.gridpatrol.geo.api;

/** A coordinate or geometry given by a client cannot be used; {@link #field()} names the input. */
public class GeoInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final transient GeometryProblem problem;

    public GeoInputException(String field, String reason) {
        this(field, GeometryProblem.unlocated(reason));
    }

    public GeoInputException(String field, GeometryProblem problem) {
        super(field + ": " + problem.reason());
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public GeometryProblem problem() {
        return problem;
    }
}
