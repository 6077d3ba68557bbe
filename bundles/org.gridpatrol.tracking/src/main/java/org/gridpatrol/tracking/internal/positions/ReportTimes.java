package org.gridpatrol.tracking.internal.positions;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Report times as trackers write them. Epoch numbers follow Traccar's rule: below 2^31 they are seconds,
 * otherwise milliseconds (2^31 s is the year 2038; 2^31 ms is January 1970). ISO-8601 needs {@code Z} or an
 * offset, since a time without one is ambiguous by hours.
 */
public final class ReportTimes {

    private static final Pattern EPOCH = Pattern.compile("\\d{1,15}(\\.\\d+)?");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ReportTimes() {
    }

    /** Seconds or milliseconds since 1970 by Traccar's rule; fractions allowed. */
    public static Instant epoch(BigDecimal value) {
        if (value.signum() < 0) {
            throw new DateTimeException("epoch time must not be negative, got " + value);
        }
        BigDecimal millis = value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) < 0
                ? value.movePointRight(3) : value;
        return Instant.ofEpochMilli(millis.longValue());
    }

    /**
     * Epoch seconds or milliseconds as text, or ISO-8601 with {@code Z} or an offset.
     *
     * @throws DateTimeException with a reason fit for a client
     */
    public static Instant parse(String text) {
        String trimmed = text.trim();
        if (EPOCH.matcher(trimmed).matches()) {
            return epoch(new BigDecimal(trimmed));
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException notIso) {
            throw new DateTimeException("must be ISO-8601 with Z or an offset (e.g. 2026-11-22T08:00:00Z) or epoch"
                    + " seconds or milliseconds, got '" + text + "'");
        }
    }

    /** As {@link #parse}, and also {@code yyyy-MM-dd HH:mm:ss} in {@code zone}, as Traccar's OsmAnd decoder reads it. */
    public static Instant parseWithLocal(String text, ZoneId zone) {
        try {
            return parse(text);
        } catch (DateTimeException notEpochOrIso) {
            try {
                return LocalDateTime.parse(text.trim(), LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw new DateTimeException(notEpochOrIso.getMessage() + " or yyyy-MM-dd HH:mm:ss");
            }
        }
    }
}
