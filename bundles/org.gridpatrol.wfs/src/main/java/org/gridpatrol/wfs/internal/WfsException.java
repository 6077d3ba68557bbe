package org.gridpatrol.wfs.internal;

import java.util.List;

/**
 * A request the service refuses, answered as an OWS ExceptionReport (WFS 1.1/2.0) or a ServiceExceptionReport
 * (WFS 1.0) with the HTTP status given here. Each {@link Entry} becomes one exception element: several when
 * a transaction breaks several topology rules.
 */
final class WfsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final String INVALID_PARAMETER = "InvalidParameterValue";
    static final String MISSING_PARAMETER = "MissingParameterValue";
    static final String NOT_SUPPORTED = "OperationNotSupported";
    static final String PARSING_FAILED = "OperationParsingFailed";
    static final String PROCESSING_FAILED = "OperationProcessingFailed";
    static final String NO_CODE = "NoApplicableCode";

    /** One exception of a report: its OWS exception code, where (parameter, element, feature id) and what. */
    record Entry(String code, String locator, String text) {
    }

    private final transient WfsVersion version;
    private final int status;
    private final transient List<Entry> entries;

    WfsException(WfsVersion version, int status, List<Entry> entries) {
        super(entries.isEmpty() ? "WFS request refused" : entries.get(0).text());
        this.version = version;
        this.status = status;
        this.entries = List.copyOf(entries);
    }

    WfsException(WfsVersion version, int status, String code, String locator, String text) {
        this(version, status, List.of(new Entry(code, locator, text)));
    }

    static WfsException invalidParameter(WfsVersion version, String locator, String text) {
        return new WfsException(version, 400, INVALID_PARAMETER, locator, text);
    }

    static WfsException missingParameter(WfsVersion version, String locator, String text) {
        return new WfsException(version, 400, MISSING_PARAMETER, locator, text);
    }

    static WfsException parsing(WfsVersion version, String locator, String text) {
        return new WfsException(version, 400, PARSING_FAILED, locator, text);
    }

    WfsVersion version() {
        return version;
    }

    int status() {
        return status;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The same refusal for a request now known to speak {@code actual}. */
    WfsException in(WfsVersion actual) {
        return actual == version ? this : new WfsException(actual, status, entries);
    }
}
