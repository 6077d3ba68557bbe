package org.gridpatrol.tracking.api;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Position ingest and track history. Every channel (OsmAnd/Traccar HTTP, MQTT, REST batch) goes through
 * {@link #ingest}, which validates each report, converts it to CGCS2000, writes the accepted ones to the
 * store (batched with other callers' reports) and returns only once they are committed: acknowledging a
 * report means it is durable. Accepted reports then go on to the fence monitor, in time order per unit.
 */
public interface Positions {

    /**
     * @param channel where the batch came from ({@code osmand}, {@code mqtt}, {@code rest}), for counters
     * @throws IllegalArgumentException if the batch is larger than the configured maximum; nothing stored
     */
    IngestResult ingest(List<ReportedPosition> reports, String channel);

    /** The newest stored position of each unit reported since {@code since}. */
    Collection<Position> latest(Instant since);

    Optional<Position> latest(String unitCode);

    /** A unit's track between two times, oldest first, at most {@code limit} points. */
    List<Position> track(String unitCode, Instant from, Instant to, int limit);
}
