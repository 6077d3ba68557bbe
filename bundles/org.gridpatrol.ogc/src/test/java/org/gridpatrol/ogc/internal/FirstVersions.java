package org.gridpatrol.ogc.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.ValidationReport;
import org.gridpatrol.grid.api.VersionedUnit;

/**
 * The edit service as the read tests need it: every unit of a {@link GridUnits} in its first version, nothing
 * to write (the writes are tested against the real edit service in {@link FeatureEditsTest}).
 */
final class FirstVersions implements GridEdits {

    private final GridUnits units;

    FirstVersions(GridUnits units) {
        this.units = units;
    }

    @Override
    public Optional<VersionedUnit> current(String code) {
        return units.find(code).map(unit -> new VersionedUnit(unit, 1, null, null));
    }

    @Override
    public Optional<VersionedUnit> find(String code, Instant at) {
        return current(code);
    }

    @Override
    public List<Revision> history(String code) {
        return List.of();
    }

    @Override
    public Optional<Revision> revision(long id) {
        return Optional.empty();
    }

    @Override
    public Revision apply(GridEdit edit) {
        throw new UnsupportedOperationException("read tests do not write");
    }

    @Override
    public Revision rollback(long revisionId, String author, String comment) {
        throw new UnsupportedOperationException("read tests do not write");
    }

    @Override
    public ValidationReport validateAll() {
        throw new UnsupportedOperationException("read tests do not validate");
    }
}
