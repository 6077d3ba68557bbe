package org.gridpatrol.grid.api;

import java.util.Optional;

/**
 * The impact of grid edits on the things located in the grid (see {@link ImpactSource}): before saving, as a dry
 * run, and as kept with every revision {@link GridEdits#apply} saved.
 */
public interface GridImpacts {

    /**
     * Checks an edit and reports its impact without saving anything.
     *
     * @throws GridValidationException when a unit's attributes are unusable (the field is named)
     * @throws GridConflictException   when a touched unit is not at the version the edit was based on
     */
    EditPreview preview(GridEdit edit) throws GridValidationException, GridConflictException;

    /** The impact report stored with a revision; empty when there is no such revision or it predates reports. */
    Optional<ImpactReport> impactOf(long revisionId);
}
