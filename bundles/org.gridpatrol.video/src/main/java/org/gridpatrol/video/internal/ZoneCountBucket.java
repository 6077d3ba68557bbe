package org.gridpatrol.video.internal;

import java.time.Instant;

/**
 * The counts one zone reported during one bucket of time.
 *
 * @param max the highest count
 * @param mean the mean of the reported counts (per event, not per second: the stream reports on change
 *        and at most once a second)
 * @param samples how many counts were reported
 * @param maxDensity the highest density estimate, null when no event carried one
 */
record ZoneCountBucket(String camera, String zone, Instant start, int max, double mean, int samples, Double maxDensity) {
}
