package org.gridpatrol.video.analysis.internal;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.gridpatrol.video.analysis.AlertChange.Phase;

/**
 * The loitering rule of one zone. A track loiters once its foot point has stayed inside for
 * {@code seconds}; it stops loitering when seen outside or when the tracker drops it (frames where
 * a live track is simply not detected change nothing). The zone's one loitering alert STARTs with
 * the first loiterer, UPDATEs when more loiter at once than before, and ENDs when none is left; a
 * track counts once for as long as it stays.
 */
public final class LoiterRule {

    private final double seconds;
    private final Map<Long, Instant> insideSince = new HashMap<>();
    private final Set<Long> loiterers = new LinkedHashSet<>();
    private boolean active;
    private int peak;

    public LoiterRule(double seconds) {
        this.seconds = seconds;
    }

    public Optional<Phase> step(Set<Long> seenInside, Set<Long> seenOutside, Set<Long> expired, Instant time) {
        for (Long id : expired) {
            insideSince.remove(id);
            loiterers.remove(id);
        }
        for (Long id : seenOutside) {
            insideSince.remove(id);
            loiterers.remove(id);
        }
        for (Long id : seenInside) {
            Instant since = insideSince.computeIfAbsent(id, k -> time);
            if (Seconds.between(since, time) >= seconds) {
                loiterers.add(id);
            }
        }
        if (!active && !loiterers.isEmpty()) {
            active = true;
            peak = loiterers.size();
            return Optional.of(Phase.START);
        }
        if (active && loiterers.isEmpty()) {
            active = false;
            return Optional.of(Phase.END);
        }
        if (active && loiterers.size() > peak) {
            peak = loiterers.size();
            return Optional.of(Phase.UPDATE);
        }
        return Optional.empty();
    }

    /** The tracks loitering now, in the order they started. */
    public Set<Long> loiterers() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(loiterers));
    }
}
