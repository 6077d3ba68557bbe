package org.gridpatrol.web.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.gridpatrol.web.api.ApiEndpoint;

/**
 * The routing table of the API whiteboard: exact paths first, then the longest matching prefix
 * ({@code /ogc/*} serves {@code /ogc} and everything below it).
 */
final class ApiRoutes {

    /** A registered endpoint with the roles it requires (empty: any authenticated user). */
    record Route(String path, boolean prefix, Set<String> roles, ApiEndpoint endpoint) {
    }

    /** A route matched to a request path, with the part of the path below the route's prefix. */
    record Match(Route route, String subPath) {
    }

    private final Map<ApiEndpoint, Route> routes = new ConcurrentHashMap<>();

    void add(ApiEndpoint endpoint, Map<String, Object> properties) {
        String path = String.valueOf(properties.get(ApiEndpoint.PATH));
        boolean prefix = path.endsWith("/*");
        String base = prefix ? path.substring(0, path.length() - 2) : path;
        routes.put(endpoint, new Route(base, prefix, rolesOf(properties.get(ApiEndpoint.ROLES)), endpoint));
    }

    void remove(ApiEndpoint endpoint) {
        routes.remove(endpoint);
    }

    Optional<Match> match(String path) {
        Collection<Route> all = routes.values();
        for (Route route : all) {
            if (!route.prefix() && route.path().equals(path)) {
                return Optional.of(new Match(route, ""));
            }
        }
        return all.stream()
                .filter(route -> route.prefix() && (path.equals(route.path()) || path.startsWith(route.path() + "/")))
                .max(Comparator.comparingInt(route -> route.path().length()))
                .map(route -> new Match(route, path.substring(route.path().length())));
    }

    private static Set<String> rolesOf(Object property) {
        if (property == null) {
            return Set.of();
        }
        List<?> values = property instanceof String[] ? List.of((String[]) property)
                : property instanceof Collection ? List.copyOf((Collection<?>) property)
                : List.of(String.valueOf(property).split(","));
        return values.stream().map(String::valueOf).map(String::trim).filter(role -> !role.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
