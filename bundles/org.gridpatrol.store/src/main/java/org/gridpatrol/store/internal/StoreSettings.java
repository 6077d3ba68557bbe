package org.gridpatrol.store.internal;

import java.util.Locale;
import org.gridpatrol.store.api.Dialect;

/** The validated configuration: everything {@link StoreConfig} allows but the store cannot use is refused here. */
record StoreSettings(Dialect dialect, String url, String user, String password, int maxPoolSize) {

    static final String H2_PREFIX = "jdbc:h2:";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /**
     * @param karafData Karaf's data folder, or null outside Karaf (then {@code ./data})
     * @throws IllegalArgumentException naming the offending key and value
     */
    static StoreSettings from(StoreConfig config, String karafData) {
        Dialect dialect = parseDialect(config.dialect());
        String url = config.url() == null ? "" : config.url().trim();
        if (url.isEmpty()) {
            url = defaultUrl(dialect, karafData);
        }
        String expectedPrefix = dialect == Dialect.H2GIS ? H2_PREFIX : POSTGRESQL_PREFIX;
        if (!url.startsWith(expectedPrefix)) {
            throw new IllegalArgumentException("url '" + redact(url) + "' does not match dialect "
                    + dialect.name().toLowerCase(Locale.ROOT) + ": expected a URL starting with " + expectedPrefix);
        }
        if (dialect == Dialect.H2GIS) {
            url = durable(url);
        }
        if (config.maxPoolSize() < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1, got " + config.maxPoolSize());
        }
        return new StoreSettings(dialect, url, blankToEmpty(config.user()), blankToEmpty(config._password()),
                config.maxPoolSize());
    }

    private static Dialect parseDialect(String value) {
        String name = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "h2gis" -> Dialect.H2GIS;
            case "postgis" -> Dialect.POSTGIS;
            default -> throw new IllegalArgumentException(
                    "unknown dialect '" + value + "': expected h2gis or postgis");
        };
    }

    private static String defaultUrl(Dialect dialect, String karafData) {
        if (dialect == Dialect.POSTGIS) {
            throw new IllegalArgumentException(
                    "url is required for dialect postgis, e.g. jdbc:postgresql://127.0.0.1:5432/gridpatrol");
        }
        String folder = karafData == null || karafData.isBlank() ? "./data" : karafData.replace('\\', '/');
        return "jdbc:h2:file:" + folder + "/gridpatrol/store";
    }

    /**
     * H2 flushes committed transactions only every 500 ms by default (WRITE_DELAY): a killed process loses
     * what was acknowledged in that window (measured: 50 commits then halt left an empty database). A commit
     * must be on disk when we acknowledge it, so WRITE_DELAY=0 unless the URL sets it explicitly.
     */
    private static String durable(String url) {
        return url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY") ? url : url + ";WRITE_DELAY=0";
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }

    /** The URL as it may appear in a log line: a password given as a URL parameter is masked. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "StoreSettings[dialect=" + dialect + ", url=" + redact(url) + ", user=" + user
                + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
