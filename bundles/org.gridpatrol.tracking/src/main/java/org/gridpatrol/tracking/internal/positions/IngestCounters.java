package org.gridpatrol.tracking.internal.positions;

import java.util.Map;

/** Accepted and rejected reports per channel since start, for operators. */
public interface IngestCounters {

    record ChannelCount(long accepted, long rejected) {
    }

    /** By channel name ({@code osmand}, {@code mqtt}, {@code rest}), sorted. */
    Map<String, ChannelCount> byChannel();

    /** Counts reports a channel refused before the ingest saw them (unreadable requests), as rejected. */
    void countRefused(String channel, int reports);
}
