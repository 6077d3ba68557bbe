package org.gridpatrol.checkpoint.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.Checkpoints;
import org.gridpatrol.geo.api.GeometryValidator;
import org.gridpatrol.geo.api.Measurement;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The checkpoint register in table {@code checkpoint}, and the source of the checkpoint fences
 * ({@code checkpoint:<code>}) the tracking capability watches. The grid code is looked up on every read,
 * so that it follows edits of the grid.
 */
@Component(service = {Checkpoints.class, FenceSource.class})
public class JdbcCheckpoints implements Checkpoints, FenceSource {

    private final SpatialStore store;
    private final GridLocator locator;
    private final EventAdmin eventAdmin;
    private final CheckpointValidator validator;
    private final CheckpointRows rows = new CheckpointRows();

    @Activate
    public JdbcCheckpoints(@Reference SpatialStore store, @Reference GridLocator locator,
            @Reference GeometryValidator geometryValidator, @Reference Measurement measurement,
            @Reference EventAdmin eventAdmin) {
        this.store = store;
        this.locator = locator;
        this.eventAdmin = eventAdmin;
        this.validator = new CheckpointValidator(geometryValidator, measurement);
        store.migrate(CheckpointSchema.MODULE, CheckpointSchema.MIGRATIONS);
    }

    @Override
    public Optional<Checkpoint> find(String code) {
        if (code == null || !CheckpointValidator.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return select(" WHERE code = ?", code).stream().findFirst();
    }

    @Override
    public List<Checkpoint> list(CheckpointLevel level) {
        return level == null ? select(" ORDER BY code", null) : select(" WHERE level = ? ORDER BY code", level.name());
    }

    @Override
    public long count() {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM checkpoint");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException failed) {
            throw new StoreException("could not count checkpoints", failed);
        }
    }

    @Override
    public List<Checkpoint> save(Collection<Checkpoint> checkpoints) throws CheckpointException {
        Set<String> codes = new HashSet<>();
        List<Checkpoint> valid = new ArrayList<>();
        for (Checkpoint checkpoint : checkpoints) {
            if (!codes.add(checkpoint.code())) {
                throw new CheckpointException("code", "checkpoint " + checkpoint.code() + " appears twice");
            }
            valid.add(validator.validated(checkpoint));
        }
        if (valid.isEmpty()) {
            return List.of();
        }
        try {
            store.inTransaction(connection -> write(connection, valid));
        } catch (SQLException failed) {
            throw new StoreException("could not save " + valid.size() + " checkpoints", failed);
        }
        changed(valid.stream().map(Checkpoint::code).toList());
        return valid.stream().map(this::withGrid).toList();
    }

    @Override
    public boolean delete(String code) {
        if (code == null) {
            return false;
        }
        int[] deleted = new int[1];
        try {
            // Shifts and passes go by ON DELETE CASCADE, in the same transaction.
            store.inTransaction(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(CheckpointRows.DELETE)) {
                    statement.setString(1, code);
                    deleted[0] = statement.executeUpdate();
                }
            });
        } catch (SQLException failed) {
            throw new StoreException("could not delete checkpoint " + code, failed);
        }
        if (deleted[0] > 0) {
            changed(List.of(code));
        }
        return deleted[0] > 0;
    }

    @Override
    public String source() {
        return Fence.CHECKPOINT;
    }

    @Override
    public Collection<Fence> fences() {
        return select("", null).stream()
                .map(checkpoint -> new Fence(CheckpointValidator.fenceId(checkpoint.code()), checkpoint.name(),
                        Fence.CHECKPOINT, checkpoint.fence()))
                .toList();
    }

    /** Changed in place (update, else insert): replacing would delete the checkpoint's shifts and passes. */
    private void write(Connection connection, List<Checkpoint> checkpoints) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CheckpointRows.UPDATE);
                PreparedStatement insert = connection.prepareStatement(CheckpointRows.INSERT)) {
            for (Checkpoint checkpoint : checkpoints) {
                rows.bind(update, checkpoint);
                if (update.executeUpdate() == 0) {
                    rows.bind(insert, checkpoint);
                    insert.executeUpdate();
                }
            }
        }
    }

    private List<Checkpoint> select(String where, String parameter) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(CheckpointRows.SELECT + where)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<Checkpoint> checkpoints = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    checkpoints.add(withGrid(rows.read(result)));
                }
            }
            return checkpoints;
        } catch (SQLException failed) {
            throw new StoreException("could not read checkpoints", failed);
        }
    }

    /** The deepest grid unit at the checkpoint's location; null outside every unit. */
    private Checkpoint withGrid(Checkpoint checkpoint) {
        String grid = locator.locate(checkpoint.location().getX(), checkpoint.location().getY())
                .map(GridChain::deepest).map(unit -> unit.code()).orElse(null);
        return new Checkpoint(checkpoint.code(), checkpoint.name(), checkpoint.level(), checkpoint.location(),
                checkpoint.shape(), checkpoint.outline(), checkpoint.sizeMetres(), checkpoint.fence(), grid);
    }

    private void changed(List<String> codes) {
        eventAdmin.postEvent(new Event(Checkpoints.TOPIC_CHANGED, Map.of("codes", codes.toArray(String[]::new))));
        eventAdmin.postEvent(new Event(FenceSource.TOPIC_CHANGED, Map.of("source", Fence.CHECKPOINT)));
    }
}
