package org.gridpatrol.tracking.internal.positions;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.tracking.api.Position;

/**
 * The newest position of each unit, in memory, for the live map. A report that arrives late (buffered while
 * offline) does not replace a newer one. It knows everything since {@link #horizon()}: what was loaded from
 * the store at start, and what was committed since.
 */
final class LatestPositions {

    private final Map<String, Position> newest = new ConcurrentHashMap<>();
    private final Instant horizon;

    LatestPositions(Instant horizon) {
        this.horizon = horizon;
    }

    Instant horizon() {
        return horizon;
    }

    void offer(Position position) {
        newest.merge(position.unitCode(), position,
                (old, candidate) -> candidate.time().isBefore(old.time()) ? old : candidate);
    }

    Optional<Position> of(String unitCode) {
        return Optional.ofNullable(newest.get(unitCode));
    }

    Collection<Position> since(Instant since) {
        return newest.values().stream().filter(position -> !position.time().isBefore(since)).toList();
    }
}
