package org.gridpatrol.wfs.internal;

import java.time.Duration;

/**
 * The validated configuration ({@link WfsConfig}).
 *
 * @param maxRequestBytes         larger request bodies are refused with an exception report
 * @param maxFeatures             the page size when a GetFeature asks for none, and the most it may ask for
 * @param acceptUnversionedIds    whether {@code micro-grids.<code>} (no {@code .v<n>}) in an Update or Delete
 *                                means "the current version"; off by default, since it overwrites blindly
 * @param sameAuthorMerge         see {@link StaleReadMerge}; zero turns it off
 * @param legacyExceptionStatusOk answer exceptions to WFS 1.0/1.1 requests with HTTP 200 (the body says it
 *                                failed), for 1.x clients that do not read the body of an HTTP error
 * @param defaultComment          the revision comment when the Transaction has no {@code handle}
 */
record WfsSettings(int maxRequestBytes, int maxFeatures, boolean acceptUnversionedIds, Duration sameAuthorMerge,
        boolean legacyExceptionStatusOk, String defaultComment) {

    static final WfsSettings DEFAULTS = new WfsSettings(16 * 1024 * 1024, 10_000, false, Duration.ofMinutes(5), false,
            "WFS-T edit");

    static WfsSettings of(WfsConfig config) {
        if (config.maxRequestBytes() < 1024) {
            throw new IllegalArgumentException("maxRequestBytes must be at least 1024, got " + config.maxRequestBytes());
        }
        if (config.maxFeatures() < 1) {
            throw new IllegalArgumentException("maxFeatures must be at least 1, got " + config.maxFeatures());
        }
        if (config.sameAuthorMergeSeconds() < 0) {
            throw new IllegalArgumentException("sameAuthorMergeSeconds must be >= 0, got "
                    + config.sameAuthorMergeSeconds());
        }
        String comment = config.defaultComment() == null || config.defaultComment().isBlank()
                ? DEFAULTS.defaultComment() : config.defaultComment().strip();
        return new WfsSettings(config.maxRequestBytes(), config.maxFeatures(), config.acceptUnversionedIds(),
                Duration.ofSeconds(config.sameAuthorMergeSeconds()), config.legacyExceptionStatusOk(), comment);
    }
}
