package org.gridpatrol.wfs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.VersionedUnit;

/**
 * Turns all actions of one Transaction into one {@link GridEdit}: one revision, all or nothing. The base
 * version of each touched unit is the version in the client's feature id, so the edit service refuses the
 * edit when someone saved in between. A feature touched by several actions keeps the base of the first.
 */
final class TransactionPlanner {

    /** The edit, and the codes inserted in request order (for the InsertResults). */
    record Plan(GridEdit edit, List<FeatureId> inserted, int updated, int deleted) {
    }

    private final GridEdits edits;
    private final StaleReadMerge merge;
    private final boolean acceptUnversionedIds;

    TransactionPlanner(GridEdits edits, StaleReadMerge merge, boolean acceptUnversionedIds) {
        this.edits = edits;
        this.merge = merge;
        this.acceptUnversionedIds = acceptUnversionedIds;
    }

    Plan plan(TransactionRequest request, String author, String comment) throws GridConflictException {
        WfsVersion version = request.version();
        UnitProperties properties = new UnitProperties(version);
        Map<String, GridUnit> upserted = new LinkedHashMap<>();
        Set<String> deleted = new LinkedHashSet<>();
        Map<String, Long> bases = new LinkedHashMap<>();
        List<FeatureId> inserted = new ArrayList<>();
        int updated = 0;
        for (TransactionRequest.Action action : request.actions()) {
            if (action instanceof TransactionRequest.Insert insert) {
                GridUnit unit = properties.inserted(insert);
                if (upserted.containsKey(unit.code()) || deleted.contains(unit.code())) {
                    throw WfsException.invalidParameter(version, insert.locator(), "unit " + unit.code()
                            + " is touched twice in this transaction");
                }
                upserted.put(unit.code(), unit);
                inserted.add(new FeatureId(insert.type(), unit.code(), null));
            } else if (action instanceof TransactionRequest.Update update) {
                for (FeatureId id : update.ids()) {
                    VersionedUnit current = current(id, update, version);
                    long base = bases.containsKey(id.code()) ? bases.get(id.code()) : base(id, current, version);
                    GridUnit read = base == current.version() ? current.unit()
                            : merge.stateAt(id.code(), base).orElse(current.unit());
                    GridUnit start = upserted.getOrDefault(id.code(), current.unit());
                    GridUnit changed = properties.updated(start, read, update);
                    if (base < current.version() && merge.allows(id.code(), base, current.version(), author,
                            changedFields(read, changed, update))) {
                        base = current.version();
                    }
                    bases.putIfAbsent(id.code(), base);
                    upserted.put(id.code(), changed);
                    updated++;
                }
            } else if (action instanceof TransactionRequest.Delete delete) {
                for (FeatureId id : delete.ids()) {
                    VersionedUnit current = current(id, delete, version);
                    bases.putIfAbsent(id.code(), base(id, current, version));
                    upserted.remove(id.code());
                    deleted.add(id.code());
                }
            }
        }
        GridEdit edit = new GridEdit(List.copyOf(upserted.values()), List.copyOf(deleted), bases, author, comment);
        return new Plan(edit, inserted, updated, deleted.size());
    }

    /** The stored unit an Update or Delete names; gone is a conflict (someone deleted it meanwhile). */
    private VersionedUnit current(FeatureId id, TransactionRequest.Action action, WfsVersion version)
            throws GridConflictException {
        if (id.type() != action.type()) {
            throw WfsException.invalidParameter(version, id.toString(), "feature " + id + " is not a "
                    + action.type().id() + " (" + action.locator() + ")");
        }
        VersionedUnit current = edits.current(id.code())
                .orElseThrow(() -> new GridConflictException(id.code(), id.version() == null ? 0 : id.version(), 0));
        if (current.unit().level() != action.type().level()) {
            throw WfsException.invalidParameter(version, id.toString(), "unit " + id.code() + " is a "
                    + current.unit().level().id() + ", not one of " + action.type().id());
        }
        return current;
    }

    private long base(FeatureId id, VersionedUnit current, WfsVersion version) {
        if (id.version() != null) {
            return id.version();
        }
        if (acceptUnversionedIds) {
            return current.version();
        }
        throw WfsException.invalidParameter(version, id.toString(), "feature id " + id + " carries no version, so "
                + "this edit could overwrite someone else's; reload the layer to get ids such as " + id + ".v"
                + current.version() + " and edit again");
    }

    /** The fields whose new value differs from what the client read, among those it sent. */
    private static Set<UnitField> changedFields(GridUnit read, GridUnit changed, TransactionRequest.Update update) {
        Set<UnitField> given = UnitField.given(update.attributes(), update.geometryGiven());
        given.retainAll(UnitField.differences(read, changed));
        return given;
    }
}
