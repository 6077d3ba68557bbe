package org.gridpatrol.tracking.internal.units;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The register in table {@code patrol_unit}. Reads are served from an immutable snapshot, reloaded after
 * each write, because every position report looks its device up here; writes are serialised so that the
 * device-id check and the write see the same register.
 */
@Component(service = PatrolUnits.class)
public class JdbcPatrolUnits implements PatrolUnits {

    private record Snapshot(Map<String, PatrolUnit> byCode, Map<String, PatrolUnit> byDevice) {
    }

    private final SpatialStore store;
    private final EventAdmin eventAdmin;
    private final UnitValidator validator;
    private final Clock clock;
    private volatile Snapshot snapshot;

    @Activate
    public JdbcPatrolUnits(@Reference SpatialStore store, @Reference GridUnits grids, @Reference EventAdmin eventAdmin) {
        this(store, grids, eventAdmin, Clock.systemUTC());
    }

    JdbcPatrolUnits(SpatialStore store, GridUnits grids, EventAdmin eventAdmin, Clock clock) {
        this.store = store;
        this.eventAdmin = eventAdmin;
        this.clock = clock;
        this.validator = new UnitValidator(code -> grids.find(code).isPresent());
        store.migrate(UnitsSchema.MODULE, UnitsSchema.MIGRATIONS);
        reload();
    }

    @Override
    public Optional<PatrolUnit> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot.byCode().get(code));
    }

    @Override
    public Optional<PatrolUnit> findByDevice(String deviceId) {
        return deviceId == null ? Optional.empty() : Optional.ofNullable(snapshot.byDevice().get(deviceId));
    }

    @Override
    public List<PatrolUnit> list(UnitKind kind, String team, UnitStatus status) {
        return snapshot.byCode().values().stream()
                .filter(unit -> kind == null || unit.kind() == kind)
                .filter(unit -> team == null || team.equals(unit.team()))
                .filter(unit -> status == null || unit.status() == status)
                .toList();
    }

    @Override
    public long count() {
        return snapshot.byCode().size();
    }

    @Override
    public synchronized void save(Collection<PatrolUnit> units) {
        if (units.isEmpty()) {
            return;
        }
        List<PatrolUnit> batch = units.stream().map(unit -> normalised(Objects.requireNonNull(unit, "unit"))).toList();
        validator.validate(batch, snapshot.byCode());
        Instant now = clock.instant();
        write("save " + batch.size() + " patrol units", connection -> UnitRows.replace(connection, batch, now));
        changed(batch.stream().map(PatrolUnit::code).toList());
    }

    @Override
    public synchronized boolean setStatus(String code, UnitStatus status) {
        Objects.requireNonNull(status, "status");
        if (find(code).isEmpty()) {
            return false;
        }
        write("set the status of patrol unit " + code, connection -> {
            try (PreparedStatement update = connection.prepareStatement(UnitRows.UPDATE_STATUS)) {
                update.setString(1, status.name());
                update.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                update.setString(3, code);
                update.executeUpdate();
            }
        });
        changed(List.of(code));
        return true;
    }

    @Override
    public synchronized boolean delete(String code) {
        if (find(code).isEmpty()) {
            return false;
        }
        write("delete patrol unit " + code, connection -> {
            try (PreparedStatement delete = connection.prepareStatement(UnitRows.DELETE)) {
                delete.setString(1, code);
                delete.executeUpdate();
            }
        });
        changed(List.of(code));
        return true;
    }

    /** Blank optional text is stored as null, so that filters and masks see one "absent". */
    private static PatrolUnit normalised(PatrolUnit unit) {
        return new PatrolUnit(unit.code().trim(), blankToNull(unit.name()), unit.kind(), blankToNull(unit.team()),
                blankToNull(unit.homeGridCode()), blankToNull(unit.phone()), unit.deviceId().trim(), unit.status());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private void write(String what, org.gridpatrol.store.api.Transaction work) {
        try {
            store.inTransaction(work);
        } catch (SQLException failed) {
            throw new StoreException("could not " + what, failed);
        } finally {
            reload();
        }
    }

    private void reload() {
        List<PatrolUnit> units;
        try (Connection connection = store.dataSource().getConnection()) {
            units = UnitRows.readAll(connection);
        } catch (SQLException failed) {
            throw new StoreException("could not read the patrol units", failed);
        }
        // Sorted here rather than in SQL: PostgreSQL's collation would order codes differently from H2.
        units.sort(Comparator.comparing(PatrolUnit::code));
        Map<String, PatrolUnit> byCode = new LinkedHashMap<>();
        Map<String, PatrolUnit> byDevice = new LinkedHashMap<>();
        for (PatrolUnit unit : units) {
            byCode.put(unit.code(), unit);
            byDevice.put(unit.deviceId(), unit);
        }
        snapshot = new Snapshot(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(byDevice));
    }

    private void changed(List<String> codes) {
        eventAdmin.postEvent(new Event(TOPIC_CHANGED, Map.of("codes", new ArrayList<>(codes))));
    }
}
