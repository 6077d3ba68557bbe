package org.gridpatrol.wfs.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A coordinate reference system as named by a WFS client, and the axis order that name implies.
 *
 * <p>The store is CGCS2000 (EPSG:4490) in lon/lat; WGS84 (EPSG:4326) is accepted as equal (they differ by
 * centimetres). The axis order is decided by how the CRS is <em>written</em>, which is what QGIS, GDAL and
 * GeoServer agree on:
 * <ul>
 * <li>{@code urn:ogc:def:crs:EPSG::4490}, {@code urn:x-ogc:def:crs:EPSG:4490},
 * {@code http://www.opengis.net/def/crs/EPSG/0/4490}: the EPSG axis order, <b>latitude first</b>;</li>
 * <li>{@code EPSG:4490}, {@code http://www.opengis.net/gml/srs/epsg.xml#4490}, {@code CRS:84},
 * {@code urn:ogc:def:crs:OGC:1.3:CRS84}: <b>longitude first</b>;</li>
 * <li>no CRS at all: the version's default, {@link #defaultFor} — WFS 1.0 is lon/lat (it predates the
 * EPSG axis rule), WFS 1.1 and 2.0 default to {@code urn:ogc:def:crs:EPSG::4490}, so lat/lon.</li>
 * </ul>
 * Everything else (another EPSG code, a projected CRS) is refused rather than guessed.
 */
record Crs(int epsg, boolean latitudeFirst, String name) {

    private static final Pattern EPSG_URN = Pattern.compile("urn:(?:x-)?ogc:def:crs:epsg:(?:[^:]*:)?(\\d+)");
    private static final Pattern EPSG_URI = Pattern.compile("https?://www\\.opengis\\.net/def/crs/epsg/[^/]+/(\\d+)");
    private static final Pattern EPSG_XML = Pattern.compile("https?://www\\.opengis\\.net/gml/srs/epsg\\.xml#(\\d+)");
    private static final Pattern EPSG_SHORT = Pattern.compile("epsg:(\\d+)");

    static final Crs URN_4490 = new Crs(4490, true, "urn:ogc:def:crs:EPSG::4490");
    static final Crs SHORT_4490 = new Crs(4490, false, "EPSG:4490");

    /** The CRS of features and BBOX when the request names none. */
    static Crs defaultFor(WfsVersion version) {
        return version == WfsVersion.V1_0_0 ? SHORT_4490 : URN_4490;
    }

    /** Parses a CRS name; empty when it is not a form of EPSG:4490, EPSG:4326 or CRS84. */
    static Optional<Crs> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String text = name.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("crs:84") || lower.matches("urn:ogc:def:crs:ogc:[^:]*:?crs84")
                || lower.equals("http://www.opengis.net/def/crs/ogc/1.3/crs84")) {
            return Optional.of(new Crs(4326, false, text));
        }
        Optional<Crs> latFirst = epsg(EPSG_URN, lower, true, text).or(() -> epsg(EPSG_URI, lower, true, text));
        return latFirst.or(() -> epsg(EPSG_XML, lower, false, text)).or(() -> epsg(EPSG_SHORT, lower, false, text));
    }

    /** Parses a CRS name or refuses it, naming {@code locator} (the parameter or element). */
    static Crs require(String name, String locator, WfsVersion version) {
        return parse(name).orElseThrow(() -> WfsException.invalidParameter(version, locator,
                "unknown or unsupported CRS '" + name + "'; supported: urn:ogc:def:crs:EPSG::4490 (lat/lon), "
                        + "EPSG:4490 (lon/lat), and the same for 4326"));
    }

    private static Optional<Crs> epsg(Pattern pattern, String lower, boolean latFirst, String original) {
        Matcher matcher = pattern.matcher(lower);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int code = Integer.parseInt(matcher.group(1));
        return code == 4490 || code == 4326 ? Optional.of(new Crs(code, latFirst, original)) : Optional.empty();
    }
}
