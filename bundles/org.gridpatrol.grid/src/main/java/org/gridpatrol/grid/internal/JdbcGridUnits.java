package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.geo.api.GeometryValidator;
import org.gridpatrol.grid.api.GridPage;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The unit hierarchy in table {@code grid_unit} of the spatial store (H2GIS or PostGIS). */
@Component(service = GridUnits.class, configurationPid = GridUnitsConfig.PID)
@Designate(ocd = GridUnitsConfig.class)
public class JdbcGridUnits implements GridUnits {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcGridUnits.class);

    private final SpatialStore store;
    private final GeometryValidator geometryValidator;
    private final EventAdmin eventAdmin;
    private final double parentToleranceMetres;

    @Activate
    public JdbcGridUnits(@Reference SpatialStore store, @Reference GeometryValidator geometryValidator,
            @Reference EventAdmin eventAdmin, GridUnitsConfig config) {
        double tolerance = config.parentToleranceMetres();
        if (!Double.isFinite(tolerance) || tolerance < 0) {
            LOG.error("{}: parentToleranceMetres must be a finite number >= 0, got {}", GridUnitsConfig.PID, tolerance);
            throw new IllegalArgumentException("parentToleranceMetres must be >= 0, got " + tolerance);
        }
        this.store = store;
        this.geometryValidator = geometryValidator;
        this.eventAdmin = eventAdmin;
        this.parentToleranceMetres = tolerance;
        store.migrate(GridSchema.MODULE, GridSchema.MIGRATIONS);
    }

    @Override
    public Optional<GridUnit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return select(UnitFilter.of(new GridQuery(null, null, code, null, 0, 1)), "code", 1, 0).stream().findFirst();
    }

    @Override
    public GridPage query(GridQuery query) {
        UnitFilter filter = UnitFilter.of(query);
        int limit = Math.max(0, query.limit());
        List<GridUnit> units = limit == 0 ? List.of() : select(filter, "code", limit, Math.max(0, query.offset()));
        return new GridPage(units, count(filter));
    }

    @Override
    public List<GridUnit> search(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        UnitFilter filter = UnitFilter.matching(text.trim());
        return select(filter, GridUnitRows.LEVEL_RANK + ", code", limit, 0);
    }

    @Override
    public long count() {
        return count(UnitFilter.of(new GridQuery(null, null, null, null, 0, 0)));
    }

    @Override
    public void save(Collection<GridUnit> units) throws GridValidationException {
        if (units.isEmpty()) {
            return;
        }
        new GridBatchValidator(geometryValidator, parentToleranceMetres, this::find).validate(units);
        List<String> codes = units.stream().map(GridUnit::code).toList();
        try {
            store.inTransaction(connection -> write(connection, units));
        } catch (SQLException failed) {
            throw new StoreException("could not save " + units.size() + " grid units", failed);
        }
        eventAdmin.postEvent(new Event(TOPIC_CHANGED, Map.of("codes", codes)));
    }

    /**
     * Writes the batch as one revision by {@link Revision#SEED_AUTHOR} on the caller's transaction: replaced
     * units get their next version, new ones version 1 (or the next after a deleted one) valid since always.
     */
    private static void write(Connection connection, Collection<GridUnit> units) throws SQLException {
        Map<String, Long> stored = versions(connection, "SELECT code, version FROM grid_unit");
        Map<String, Long> recorded = stored.size() < units.size() || !stored.keySet().containsAll(codesOf(units))
                ? versions(connection, "SELECT code, MAX(version_after) FROM grid_change GROUP BY code") : Map.of();
        StoreHierarchy hierarchy = new StoreHierarchy(connection);
        List<UnitChange> changes = new ArrayList<>(units.size());
        for (GridUnit unit : units) {
            Long version = stored.get(unit.code());
            changes.add(version == null
                    ? new UnitChange(unit.code(), UnitChange.Kind.CREATED, 0, recorded.getOrDefault(unit.code(), 0L) + 1,
                            null, unit)
                    : new UnitChange(unit.code(), UnitChange.Kind.UPDATED, version, version + 1,
                            hierarchy.unit(unit.code()).orElseThrow(), unit));
        }
        RevisionWriter.write(connection, Revision.SEED_AUTHOR, "saved " + units.size() + " unit(s)", null,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), changes, true);
    }

    private static Set<String> codesOf(Collection<GridUnit> units) {
        Set<String> codes = new HashSet<>();
        units.forEach(unit -> codes.add(unit.code()));
        return codes;
    }

    private static Map<String, Long> versions(Connection connection, String sql) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getLong(2));
            }
        }
        return versions;
    }

    private List<GridUnit> select(UnitFilter filter, String orderBy, int limit, int offset) {
        String sql = "SELECT " + GridUnitRows.COLUMNS + " FROM grid_unit" + filter.sql() + " ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?";
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = filter.bind(statement);
            statement.setInt(next++, limit);
            statement.setInt(next, offset);
            List<GridUnit> units = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    units.add(GridUnitRows.read(rows));
                }
            }
            return units;
        } catch (SQLException failed) {
            throw new StoreException("could not read grid units", failed);
        }
    }

    private long count(UnitFilter filter) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM grid_unit" + filter.sql())) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException failed) {
            throw new StoreException("could not count grid units", failed);
        }
    }
}
