package org.gridpatrol.tracking.internal.osmand;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} text, as a URL query or a form body: name to values, in order. */
final class FormParameters {

    private FormParameters() {
    }

    /** @throws IllegalArgumentException for a malformed %-escape */
    static Map<String, List<String>> parse(String text) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return parameters;
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
