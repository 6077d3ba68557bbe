package org.gridpatrol.wfs.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;

/**
 * When an Update is based on an older version than the current one, decides whether it may still go on top.
 *
 * <p>Why: QGIS commits attribute changes and geometry changes of one save as two Transactions, both with the
 * feature id it read, so the second one is always "stale" by the first. It is accepted only when every
 * revision since the version read was made by the <em>same</em> user within {@code window}, and none of
 * them changed a field this Update changes (compared with the state the client read). Another user's
 * change, an old one, or the same field changed twice is a conflict as always.
 */
final class StaleReadMerge {

    private final GridEdits edits;
    private final Clock clock;
    private final Duration window;

    StaleReadMerge(GridEdits edits, Clock clock, Duration window) {
        this.edits = edits;
        this.clock = clock;
        this.window = window;
    }

    /** The unit as it was at {@code version}, from its history; empty when unknown. */
    Optional<GridUnit> stateAt(String code, long version) {
        for (Revision revision : edits.history(code)) {
            for (UnitChange change : revision.changes()) {
                if (change.code().equals(code) && change.versionAfter() == version) {
                    return Optional.ofNullable(change.after());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an edit by {@code author} that changes {@code changedFields} relative to version {@code read}
     * may be applied on top of version {@code current}.
     */
    boolean allows(String code, long read, long current, String author, Set<UnitField> changedFields) {
        if (window.isZero() || read <= 0 || read >= current) {
            return false;
        }
        Set<UnitField> changedSince = EnumSet.noneOf(UnitField.class);
        List<Revision> history = edits.history(code);
        for (Revision revision : history) {
            for (UnitChange change : revision.changes()) {
                if (!change.code().equals(code) || change.versionAfter() <= read) {
                    continue;
                }
                if (!revision.author().equals(author) || revision.time().isBefore(clock.instant().minus(window))
                        || change.before() == null || change.after() == null) {
                    return false;
                }
                changedSince.addAll(UnitField.differences(change.before(), change.after()));
            }
        }
        return changedSince.stream().noneMatch(changedFields::contains);
    }
}
