package org.gridpatrol.wfs.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feature id as served: {@code micro-grids.330381001001001001.v3}, type, unit code and the version the
 * client read. A client's Update or Delete filter carries it back, which is how a stale edit is detected.
 * {@code version} is null for a bare {@code micro-grids.330381001001001001}.
 */
record FeatureId(FeatureType type, String code, Long version) {

    private static final Pattern FORM = Pattern.compile("([a-z-]+)\\.(\\d{6,18})(?:\\.v(\\d{1,18}))?");

    static FeatureId of(FeatureType type, String code, long version) {
        return new FeatureId(type, code, version);
    }

    /** Parses an id or refuses it, naming it as the locator. */
    static FeatureId parse(String text, WfsVersion version) {
        String trimmed = text == null ? "" : text.trim();
        Matcher matcher = FORM.matcher(Xml.localPart(trimmed));
        if (!matcher.matches()) {
            throw WfsException.invalidParameter(version, trimmed.isEmpty() ? "featureId" : trimmed,
                    "feature id '" + trimmed + "' is not of the form <type>.<code>.v<version>, "
                            + "e.g. micro-grids.330381001001001001.v3");
        }
        FeatureType type = FeatureType.require(matcher.group(1), trimmed, version);
        Long read = matcher.group(3) == null ? null : Long.valueOf(matcher.group(3));
        return new FeatureId(type, matcher.group(2), read);
    }

    @Override
    public String toString() {
        return type.id() + "." + code + (version == null ? "" : ".v" + version);
    }
}
