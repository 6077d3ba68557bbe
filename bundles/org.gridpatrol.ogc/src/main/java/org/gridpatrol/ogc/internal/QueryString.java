package org.gridpatrol.ogc.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Builds query strings for links: parameters in name order, values percent-encoded. */
final class QueryString {

    private QueryString() {
    }

    /** {@code base} plus the parameters, then {@code overrides} replacing any of the same name. */
    static String with(String base, Map<String, List<String>> parameters, Map<String, String> overrides) {
        TreeMap<String, List<String>> merged = new TreeMap<>(parameters);
        overrides.forEach((name, value) -> merged.put(name, List.of(value)));
        StringJoiner query = new StringJoiner("&");
        merged.forEach((name, values) -> values.forEach(value -> query.add(encode(name) + "=" + encode(value))));
        return query.length() == 0 ? base : base + "?" + query;
    }

    /** Commas stay readable so that {@code bbox=120.1,27.5,...} survives as written. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
    }
}
