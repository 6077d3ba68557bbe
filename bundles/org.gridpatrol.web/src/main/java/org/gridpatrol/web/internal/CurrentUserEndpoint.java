package org.gridpatrol.web.internal;

import java.util.Map;
import java.util.TreeSet;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Component;

/** {@code GET /api/v1/me}: who is logged in and with which roles, for the console header. */
@Component(property = ApiEndpoint.PATH + "=/api/v1/me")
public final class CurrentUserEndpoint implements ApiEndpoint {

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.ok(Map.of("user", request.user(), "roles", new TreeSet<>(request.roles())));
    }
}
