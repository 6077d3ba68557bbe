package org.gridpatrol.web.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One authenticated request. {@code subPath} is the part after a prefix endpoint's path (e.g.
 * {@code /collections/grids/items} for {@code /ogc/*}), empty for exact paths. {@code baseUrl} is
 * scheme, host and port as the client addressed us, for building links.
 */
public record ApiRequest(String method, String subPath, Map<String, List<String>> query,
        Map<String, String> headers, byte[] body, String user, Set<String> roles, String baseUrl) {

    public ApiRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
        roles = Set.copyOf(roles);
    }

    /** The first value of a query parameter, empty when absent or blank. */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0).trim());
    }

    /** A header by lower-case name. */
    public Optional<String> header(String lowerCaseName) {
        return Optional.ofNullable(headers.get(lowerCaseName));
    }

    /** The first value of a query parameter, or a 400 naming it when absent. */
    public String requiredParam(String name) {
        return param(name).orElseThrow(() -> ApiException.badRequest(name, "is required"));
    }

    /** A numeric query parameter, or a 400 naming it when it is not a finite number. */
    public Optional<Double> doubleParam(String name) {
        Optional<String> raw = param(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (Double.isFinite(value)) {
                return Optional.of(value);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw ApiException.badRequest(name, "must be a finite decimal number, got '" + raw.get() + "'");
    }

    /** An integer query parameter within bounds, or a 400 naming it. */
    public Optional<Integer> intParam(String name, int min, int max) {
        Optional<String> raw = param(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below
        }
        throw ApiException.badRequest(name, "must be an integer from " + min + " to " + max + ", got '" + raw.get() + "'");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
