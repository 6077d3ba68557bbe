package org.gridpatrol.tracking.internal.positions;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts per channel; {@link #logChanges()} logs what changed since its previous call. */
final class ChannelCounters {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelCounters.class);

    private record Counts(LongAdder accepted, LongAdder rejected) {
    }

    private final Map<String, Counts> channels = new ConcurrentHashMap<>();
    private Map<String, IngestCounters.ChannelCount> logged = Map.of();

    void add(String channel, int accepted, int rejected) {
        Counts counts = channels.computeIfAbsent(channel, any -> new Counts(new LongAdder(), new LongAdder()));
        counts.accepted().add(accepted);
        counts.rejected().add(rejected);
    }

    Map<String, IngestCounters.ChannelCount> snapshot() {
        Map<String, IngestCounters.ChannelCount> snapshot = new TreeMap<>();
        channels.forEach((channel, counts) -> snapshot.put(channel,
                new IngestCounters.ChannelCount(counts.accepted().sum(), counts.rejected().sum())));
        return snapshot;
    }

    /** Logs, per channel that had reports since the last call, how many were accepted and rejected. */
    synchronized void logChanges() {
        Map<String, IngestCounters.ChannelCount> now = snapshot();
        now.forEach((channel, count) -> {
            IngestCounters.ChannelCount before = logged.getOrDefault(channel, new IngestCounters.ChannelCount(0, 0));
            long accepted = count.accepted() - before.accepted();
            long rejected = count.rejected() - before.rejected();
            if (accepted > 0 || rejected > 0) {
                LOG.info("Positions via {}: {} accepted, {} rejected since the last report ({} / {} since start)",
                        channel, accepted, rejected, count.accepted(), count.rejected());
            }
        });
        logged = now;
    }
}
