package org.gridpatrol.video.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The buckets not written yet, per camera, zone and bucket start, at most {@code capacity} of them.
 * Buckets are aligned to the epoch (60 s gives whole minutes). Thread-safe: events arrive on
 * EventAdmin's thread, buckets are taken on the writer's.
 */
final class ZoneCountBuckets {

    private record Key(String camera, String zone, Instant start) {
    }

    /** Running figures of one bucket; the sum is a double so that a written-back mean restores exactly. */
    private static final class Tally {
        int max;
        double sum;
        int samples;
        Double maxDensity;

        void add(int count, double countSum, int countSamples, Double density) {
            max = samples == 0 ? count : Math.max(max, count);
            sum += countSum;
            samples += countSamples;
            if (density != null && (maxDensity == null || density > maxDensity)) {
                maxDensity = density;
            }
        }

        ZoneCountBucket summary(Key key) {
            return new ZoneCountBucket(key.camera(), key.zone(), key.start(), max, sum / samples, samples, maxDensity);
        }
    }

    private final long bucketSeconds;
    private final int capacity;
    private final Map<Key, Tally> open = new HashMap<>();

    ZoneCountBuckets(Duration bucket, int capacity) {
        this.bucketSeconds = bucket.toSeconds();
        this.capacity = capacity;
    }

    Instant startOf(Instant time) {
        return Instant.ofEpochSecond(Math.floorDiv(time.getEpochSecond(), bucketSeconds) * bucketSeconds);
    }

    /** Counts an event into its bucket; false (nothing counted) when it needs a new bucket and all are taken. */
    synchronized boolean add(ZoneCountEvent event) {
        Tally tally = tallyFor(new Key(event.camera(), event.zone(), startOf(event.time())));
        if (tally == null) {
            return false;
        }
        tally.add(event.count(), event.count(), 1, event.density());
        return true;
    }

    /** Removes and returns the buckets that ended at or before {@code cutoff}, oldest first. */
    synchronized List<ZoneCountBucket> takeEndedBy(Instant cutoff) {
        return take(key -> !key.start().plusSeconds(bucketSeconds).isAfter(cutoff));
    }

    /** Removes and returns every bucket, open or not, oldest first. */
    synchronized List<ZoneCountBucket> takeAll() {
        return take(key -> true);
    }

    /**
     * Puts back buckets that could not be written, merged with what arrived meanwhile, as far as there
     * is room; returns how many buckets were lost for lack of it.
     */
    synchronized int putBack(List<ZoneCountBucket> unwritten) {
        int lost = 0;
        for (ZoneCountBucket bucket : unwritten) {
            Tally tally = tallyFor(new Key(bucket.camera(), bucket.zone(), bucket.start()));
            if (tally == null) {
                lost++;
            } else {
                tally.add(bucket.max(), bucket.mean() * bucket.samples(), bucket.samples(), bucket.maxDensity());
            }
        }
        return lost;
    }

    synchronized int size() {
        return open.size();
    }

    private List<ZoneCountBucket> take(Predicate<Key> wanted) {
        List<ZoneCountBucket> taken = new ArrayList<>();
        for (Iterator<Map.Entry<Key, Tally>> entries = open.entrySet().iterator(); entries.hasNext();) {
            Map.Entry<Key, Tally> entry = entries.next();
            if (wanted.test(entry.getKey())) {
                taken.add(entry.getValue().summary(entry.getKey()));
                entries.remove();
            }
        }
        taken.sort(Comparator.comparing(ZoneCountBucket::start));
        return taken;
    }

    private Tally tallyFor(Key key) {
        Tally tally = open.get(key);
        if (tally == null && open.size() < capacity) {
            tally = new Tally();
            open.put(key, tally);
        }
        return tally;
    }
}
