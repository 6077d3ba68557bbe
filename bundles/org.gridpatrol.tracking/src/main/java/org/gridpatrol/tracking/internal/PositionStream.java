package org.gridpatrol.tracking.internal;

import java.util.List;

import org.gridpatrol.tracking.api.Position;

/**
 * Where accepted positions go after they are committed: the fence pipeline. Called by the ingest with each
 * committed batch, in commit order; implementations must not block the caller for long.
 */
public interface PositionStream {

    void accepted(List<Position> committed);
}
