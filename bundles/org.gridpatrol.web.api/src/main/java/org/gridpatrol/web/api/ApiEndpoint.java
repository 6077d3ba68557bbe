package org.gridpatrol.web.api;

/**
 * A resource of the HTTP API, registered as an OSGi service with {@link #PATH} (the exact path, or a
 * prefix ending in {@code /*}) and optionally {@link #ROLES}. The web bundle authenticates the
 * caller before calling {@link #handle}; endpoints never see an anonymous request.
 */
public interface ApiEndpoint {

    /** Service property: path served, e.g. {@code /api/v1/locate} or {@code /ogc/*}. */
    String PATH = "gridpatrol.api.path";

    /** Service property: roles of which the caller needs one; any authenticated user when absent. */
    String ROLES = "gridpatrol.api.roles";

    /**
     * Answers one request. A returned body is written as JSON unless it is a {@code byte[]} or a
     * {@code String}.
     *
     * @throws ApiException for a client error, mapped to its status and a problem document
     */
    ApiResponse handle(ApiRequest request) throws ApiException;
}
