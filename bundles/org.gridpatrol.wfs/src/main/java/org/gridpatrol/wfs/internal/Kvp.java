package org.gridpatrol.wfs.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Key-value-pair parameters: names are case-insensitive in WFS ({@code typeName}, {@code TYPENAME}). */
final class Kvp {

    private final Map<String, String> values = new LinkedHashMap<>();

    Kvp(Map<String, List<String>> query) {
        query.forEach((name, given) -> {
            if (!given.isEmpty() && !given.get(0).isBlank()) {
                values.putIfAbsent(name.toUpperCase(Locale.ROOT), given.get(0).trim());
            }
        });
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The first of several synonyms that is present, e.g. {@code TYPENAMES} (2.0) and {@code TYPENAME} (1.x). */
    Optional<String> first(String... names) {
        for (String name : names) {
            if (values.containsKey(name)) {
                return Optional.of(values.get(name));
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    /** An integer within bounds, or an exception naming the parameter. */
    Optional<Integer> integer(WfsVersion version, int min, String... names) {
        for (String name : names) {
            if (values.containsKey(name)) {
                return Optional.of(parseInteger(version, name, values.get(name), min));
            }
        }
        return Optional.empty();
    }

    static int parseInteger(WfsVersion version, String name, String text, int min) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException notAnInteger) {
            // reported below
        }
        throw WfsException.invalidParameter(version, name, name + " must be an integer >= " + min + ", got '"
                + text + "'");
    }
}
