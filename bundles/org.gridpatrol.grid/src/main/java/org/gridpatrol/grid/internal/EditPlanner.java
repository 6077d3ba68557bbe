package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.VersionedUnit;

/**
 * Turns an edit into per-unit changes on the edit's transaction: locks the touched units and their parents
 * (in code order, so concurrent edits of siblings queue behind each other instead of both passing the
 * coverage check), checks the versions the client read, and numbers the new versions.
 */
final class EditPlanner {

    private final Connection connection;

    EditPlanner(Connection connection) {
        this.connection = connection;
    }

    /** Codes deleted and not re-inserted by the same edit. */
    static List<String> deletedOnly(GridEdit edit) {
        Set<String> upserted = new TreeSet<>();
        edit.upserted().forEach(unit -> upserted.add(unit.code()));
        return edit.deleted().stream().filter(code -> !upserted.contains(code)).distinct().toList();
    }

    /** @throws GridConflictException for the first touched unit (in code order) whose version is not the base */
    List<UnitChange> plan(GridEdit edit) throws SQLException, GridConflictException, GridValidationException {
        Map<String, VersionedUnit> current = lockAndRead(edit);
        Set<String> touched = new LinkedHashSet<>();
        edit.upserted().forEach(unit -> touched.add(unit.code()));
        touched.addAll(deletedOnly(edit));
        for (String code : new TreeSet<>(touched)) {
            long version = Optional.ofNullable(current.get(code)).map(VersionedUnit::version).orElse(0L);
            if (version != edit.baseVersion(code)) {
                throw new GridConflictException(code, edit.baseVersion(code), version);
            }
        }
        List<UnitChange> changes = new ArrayList<>();
        for (GridUnit edited : edit.upserted()) {
            VersionedUnit before = current.get(edited.code());
            GridUnit unit = keepStoredPhone(before == null ? null : before.unit(), edited);
            changes.add(before == null
                    ? new UnitChange(unit.code(), UnitChange.Kind.CREATED, 0, lastVersion(unit.code()) + 1, null, unit)
                    : new UnitChange(unit.code(), UnitChange.Kind.UPDATED, before.version(), before.version() + 1,
                            before.unit(), unit));
        }
        for (String code : deletedOnly(edit)) {
            VersionedUnit before = current.get(code);
            changes.add(new UnitChange(code, UnitChange.Kind.DELETED, before.version(), before.version() + 1,
                    before.unit(), null));
        }
        return changes;
    }

    /**
     * Clients only ever see workers' phones masked (139****2497) and send back what they saw: a phone equal to
     * the stored one's masked form means "unchanged"; any other masked number is refused, never stored as a
     * number made of asterisks. Every protocol's writes come through here.
     *
     * @param stored the unit as stored, null for a new one
     */
    static GridUnit keepStoredPhone(GridUnit stored, GridUnit edited) throws GridValidationException {
        GridWorker storedWorker = stored == null ? null : stored.worker();
        GridWorker editedWorker = edited.worker();
        if (editedWorker == null || editedWorker.phone() == null || !editedWorker.phone().contains("*")) {
            return edited;
        }
        if (storedWorker == null || !editedWorker.phone().equals(storedWorker.maskedPhone())) {
            throw new GridValidationException("worker_phone", "unit " + edited.code() + ": '" + editedWorker.phone()
                    + "' is a masked phone number that does not match the stored one; send the full number to change"
                    + " it, or the value as served to keep it");
        }
        return new GridUnit(edited.code(), edited.name(), edited.level(), edited.parentCode(), edited.geometry(),
                new GridWorker(editedWorker.name(), storedWorker.phone()));
    }

    /** The touched units as stored, after locking them and their old and new parents. */
    private Map<String, VersionedUnit> lockAndRead(GridEdit edit) throws SQLException {
        Set<String> touched = new TreeSet<>(edit.deleted());
        Set<String> parents = new TreeSet<>();
        for (GridUnit unit : edit.upserted()) {
            touched.add(unit.code());
            if (unit.parentCode() != null) {
                parents.add(unit.parentCode());
            }
        }
        Map<String, VersionedUnit> current = new TreeMap<>();
        for (String code : touched) {
            read(code).ifPresent(unit -> current.put(code, unit));
        }
        current.values().forEach(unit -> {
            if (unit.unit().parentCode() != null) {
                parents.add(unit.unit().parentCode());
            }
        });
        Set<String> locked = new TreeSet<>(parents);
        locked.addAll(current.keySet());
        for (String code : locked) {
            lock(code);
        }
        for (String code : current.keySet()) {
            read(code).ifPresentOrElse(unit -> current.put(code, unit), () -> current.remove(code));
        }
        return current;
    }

    private void lock(String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT code FROM grid_unit WHERE code = ? FOR UPDATE")) {
            select.setString(1, code);
            select.executeQuery().close();
        }
    }

    private Optional<VersionedUnit> read(String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + GridUnitRows.VERSIONED_COLUMNS + " FROM grid_unit WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(GridUnitRows.readVersioned(rows)) : Optional.empty();
            }
        }
    }

    /** The highest version {@code code} ever had, so that a unit created again continues its numbering. */
    private long lastVersion(String code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT MAX(version_after) FROM grid_change WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
