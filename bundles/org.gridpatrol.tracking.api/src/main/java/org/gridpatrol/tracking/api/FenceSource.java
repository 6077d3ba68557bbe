package org.gridpatrol.tracking.api;

import java.util.Collection;

/**
 * Whiteboard: a provider of fences (checkpoints, grid units). The tracking bundle watches every registered
 * source and rebuilds its fence index when one posts {@link #TOPIC_CHANGED} with property {@code source}.
 * Fence ids must be unique across sources; prefix them with the source name.
 */
public interface FenceSource {

    String TOPIC_CHANGED = "org/gridpatrol/tracking/FENCES_CHANGED";

    /** {@link Fence#CHECKPOINT}, {@link Fence#GRID}, ... */
    String source();

    Collection<Fence> fences();
}
