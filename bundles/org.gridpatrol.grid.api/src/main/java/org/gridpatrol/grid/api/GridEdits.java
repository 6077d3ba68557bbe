package org.gridpatrol.grid.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Safe, versioned editing of the hierarchy, shared by every writer (browser editor, WFS-T, OGC API
 * Features, import): each edit is checked against the topology rules and the versions its client read,
 * and saved as one {@link Revision}, or not at all. Posts {@link GridUnits#TOPIC_CHANGED} after commit.
 */
public interface GridEdits {

    /**
     * Applies an edit in one transaction.
     *
     * @throws GridValidationException when a unit's attributes are unusable (the field is named)
     * @throws GridConflictException   when a touched unit is not at the version the edit was based on
     * @throws GridTopologyException   when the result would break the topology rules
     */
    Revision apply(GridEdit edit) throws GridValidationException, GridConflictException, GridTopologyException;

    /** The current version of a unit, with its validity. */
    Optional<VersionedUnit> current(String code);

    /** The version of a unit that was valid at {@code at}; empty when it did not exist then. */
    Optional<VersionedUnit> find(String code, Instant at);

    /** The revisions that touched {@code code}, oldest first. */
    List<Revision> history(String code);

    Optional<Revision> revision(long id);

    /**
     * Reverts revision {@code revisionId}: every unit it touched goes back to its state before it (units
     * it created are deleted, units it deleted come back). The result is a new revision, checked like any
     * edit; a unit changed again after the reverted revision is a conflict (revert the later one first).
     *
     * @throws java.util.NoSuchElementException when there is no such revision
     */
    Revision rollback(long revisionId, String author, String comment)
            throws GridValidationException, GridConflictException, GridTopologyException;

    /** Checks every stored unit against the topology rules. */
    ValidationReport validateAll();
}
