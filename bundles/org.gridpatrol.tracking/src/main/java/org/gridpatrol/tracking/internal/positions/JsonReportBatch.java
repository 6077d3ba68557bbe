package org.gridpatrol.tracking.internal.positions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridpatrol.tracking.api.IngestResult;
import org.gridpatrol.tracking.api.IngestResult.Rejection;
import org.gridpatrol.tracking.api.Positions;
import org.gridpatrol.tracking.api.ReportedPosition;

/**
 * A batch of JSON reports (REST, MQTT): the readable ones go to the ingest, the unreadable ones become
 * rejections with their index in the batch, merged with the ingest's own, so that one bad report never drops
 * the good ones.
 */
public final class JsonReportBatch {

    private final List<ReportedPosition> readable = new ArrayList<>();
    private final List<Integer> readableIndex = new ArrayList<>();
    private final List<Rejection> unreadable = new ArrayList<>();

    /** @param deviceId the device of every report (MQTT: from the topic), or null to read each report's own */
    public JsonReportBatch add(int index, JsonNode report, String deviceId) {
        try {
            readable.add(PositionJson.report(report, deviceId));
            readableIndex.add(index);
        } catch (PositionJson.UnreadableReport refused) {
            String device = deviceId != null ? deviceId
                    : report != null && report.hasNonNull("deviceId") ? report.get("deviceId").asText() : null;
            unreadable.add(new Rejection(index, device, refused.field(), refused.getMessage()));
        }
        return this;
    }

    public int size() {
        return readable.size() + unreadable.size();
    }

    /**
     * Ingests the readable reports (blocking until committed) and counts the unreadable ones.
     *
     * @throws IllegalArgumentException when the readable reports exceed the ingest's maximum batch
     */
    public IngestResult ingest(Positions positions, IngestCounters counters, String channel) {
        IngestResult result = readable.isEmpty() ? new IngestResult(0, List.of()) : positions.ingest(readable, channel);
        if (!unreadable.isEmpty()) {
            counters.countRefused(channel, unreadable.size());
        }
        List<Rejection> all = new ArrayList<>(unreadable);
        for (Rejection rejection : result.rejections()) {
            all.add(new Rejection(readableIndex.get(rejection.index()), rejection.deviceId(), rejection.field(),
                    rejection.reason()));
        }
        all.sort(Comparator.comparingInt(Rejection::index));
        return new IngestResult(result.accepted(), all);
    }
}
