package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.geo.api.GeometryValidator;
import org.gridpatrol.grid.api.GridPage;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.GridValidationException;
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
    private static final int ROWS_PER_BATCH = 500;

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

    /** Replaces by code as delete + insert: the same SQL on H2GIS and PostGIS; the caller's transaction. */
    private static void write(Connection connection, Collection<GridUnit> units) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(GridUnitRows.DELETE);
                PreparedStatement insert = connection.prepareStatement(GridUnitRows.INSERT)) {
            int pending = 0;
            for (GridUnit unit : units) {
                delete.setString(1, unit.code());
                delete.addBatch();
                GridUnitRows.bindInsert(insert, unit);
                insert.addBatch();
                if (++pending == ROWS_PER_BATCH) {
                    delete.executeBatch();
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                delete.executeBatch();
                insert.executeBatch();
            }
        }
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
