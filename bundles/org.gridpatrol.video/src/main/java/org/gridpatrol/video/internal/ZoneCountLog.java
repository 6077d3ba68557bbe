package org.gridpatrol.video.internal;

import java.time.Instant;
import java.util.List;

/** The stored per-zone count history as this bundle's endpoint queries it. */
interface ZoneCountLog {

    /** The configured bucket length; buckets written under an earlier configuration may differ. */
    int bucketSeconds();

    /**
     * The written buckets of one camera that start in [from, to), of one zone or all zones ({@code zone}
     * null), ordered by zone id then time; at most {@code limit}. The bucket still open is not among them.
     */
    List<ZoneCountBucket> query(String camera, String zone, Instant from, Instant to, int limit);
}
