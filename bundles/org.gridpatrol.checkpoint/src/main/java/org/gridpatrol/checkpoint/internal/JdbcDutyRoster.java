package org.gridpatrol.checkpoint.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.DutyRoster;
import org.gridpatrol.checkpoint.api.Shift;
import org.gridpatrol.checkpoint.api.Staffing;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.tracking.api.FenceMembership;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.api.Positions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shifts in table {@code checkpoint_shift}; staffing from who the tracking capability has settled inside
 * each checkpoint's fence now (membership has no history, so staffing is about the present). A unit counts
 * as present only while its last report is recent: membership never expires by itself, and an officer
 * whose phone died or who switched the app off would otherwise staff the checkpoint forever.
 */
@Component(service = {Roster.class, DutyRoster.class}, configurationPid = DutyConfig.PID)
public class JdbcDutyRoster implements Roster {

    /** When a unit last reported, by unit code. */
    @FunctionalInterface
    interface LastSeen {
        Optional<Instant> of(String unitCode);
    }

    static final Duration MAX_SHIFT = Duration.ofHours(24);

    private static final String COLUMNS = "SELECT id, checkpoint_code, unit_code, starts_at, ends_at FROM checkpoint_shift";

    private final SpatialStore store;
    private final PatrolUnits units;
    private final FenceMembership membership;
    private final LastSeen lastSeen;
    private final Duration presenceMaxAge;

    @Activate
    public JdbcDutyRoster(@Reference SpatialStore store, @Reference PatrolUnits units,
            @Reference FenceMembership membership, @Reference Positions positions, DutyConfig config) {
        this(store, units, membership, unit -> positions.latest(unit).map(Position::time),
                Duration.ofMinutes(presenceMaxAgeMinutes(config)));
    }

    /** @throws IllegalArgumentException naming the key when out of range */
    private static int presenceMaxAgeMinutes(DutyConfig config) {
        int minutes = config.presenceMaxAgeMinutes();
        if (minutes < 1 || minutes > 1440) {
            throw new IllegalArgumentException(DutyConfig.PID + ": presenceMaxAgeMinutes must be from 1 to 1440, was "
                    + minutes);
        }
        return minutes;
    }

    JdbcDutyRoster(SpatialStore store, PatrolUnits units, FenceMembership membership, LastSeen lastSeen,
            Duration presenceMaxAge) {
        this.store = store;
        this.units = units;
        this.membership = membership;
        this.lastSeen = lastSeen;
        this.presenceMaxAge = presenceMaxAge;
        store.migrate(CheckpointSchema.MODULE, CheckpointSchema.MIGRATIONS);
    }

    @Override
    public List<Shift> shifts(String checkpointCode, Instant from, Instant to) {
        String where = " WHERE starts_at < ? AND ends_at > ?" + (checkpointCode == null ? "" : " AND checkpoint_code = ?")
                + " ORDER BY starts_at, id";
        return query(where, statement -> {
            SqlTimes.set(statement, 1, to);
            SqlTimes.set(statement, 2, from);
            if (checkpointCode != null) {
                statement.setString(3, checkpointCode);
            }
        });
    }

    @Override
    public Shift addShift(String checkpointCode, String unitCode, Instant start, Instant end) throws CheckpointException {
        if (checkpointCode == null || !exists(checkpointCode)) {
            throw new CheckpointException("checkpointCode", "no checkpoint '" + checkpointCode + "'");
        }
        if (unitCode == null || unitCode.isBlank() || units.find(unitCode).isEmpty()) {
            throw new CheckpointException("unitCode", "no patrol unit '" + unitCode + "'");
        }
        if (start == null) {
            throw new CheckpointException("start", "is required");
        }
        if (end == null || !end.isAfter(start)) {
            throw new CheckpointException("end", "must be after start (" + start + "), got " + end);
        }
        if (Duration.between(start, end).compareTo(MAX_SHIFT) > 0) {
            throw new CheckpointException("end", "a shift lasts at most " + MAX_SHIFT.toHours() + " hours");
        }
        long[] id = new long[1];
        try {
            store.inTransaction(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO checkpoint_shift "
                        + "(checkpoint_code, unit_code, starts_at, ends_at) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
                    insert.setString(1, checkpointCode);
                    insert.setString(2, unitCode);
                    SqlTimes.set(insert, 3, start);
                    SqlTimes.set(insert, 4, end);
                    insert.executeUpdate();
                    id[0] = GeneratedKeys.single(insert);
                }
            });
        } catch (SQLException failed) {
            throw new StoreException("could not add a shift at checkpoint " + checkpointCode, failed);
        }
        return new Shift(id[0], checkpointCode, unitCode, start, end);
    }

    @Override
    public boolean removeShift(long id) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM checkpoint_shift WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() > 0;
        } catch (SQLException failed) {
            throw new StoreException("could not remove shift " + id, failed);
        }
    }

    @Override
    public Optional<Staffing> staffing(String checkpointCode, Instant at) {
        if (checkpointCode == null || !exists(checkpointCode)) {
            return Optional.empty();
        }
        List<Shift> running = shifts(checkpointCode, at, at.plusNanos(1));
        return Optional.of(staffing(checkpointCode, running, at));
    }

    @Override
    public Map<String, Coverage> running(Instant at) {
        Map<String, List<Shift>> byCheckpoint = new HashMap<>();
        for (Shift shift : shifts(null, at, at.plusNanos(1))) {
            byCheckpoint.computeIfAbsent(shift.checkpointCode(), code -> new ArrayList<>()).add(shift);
        }
        Map<String, Coverage> coverage = new HashMap<>();
        byCheckpoint.forEach((code, shifts) -> coverage.put(code, new Coverage(
                shifts.stream().map(Shift::start).min(Instant::compareTo).orElseThrow(), staffing(code, shifts, at))));
        return coverage;
    }

    private Staffing staffing(String checkpointCode, List<Shift> running, Instant at) {
        Set<String> rostered = new TreeSet<>();
        running.forEach(shift -> rostered.add(shift.unitCode()));
        Set<String> present = new TreeSet<>(membership.unitsInside(CheckpointValidator.fenceId(checkpointCode)));
        present.retainAll(rostered);
        present.removeIf(unit -> lastSeen.of(unit).map(time -> time.isBefore(at.minus(presenceMaxAge))).orElse(true));
        return new Staffing(checkpointCode, at, rostered, present, rostered.isEmpty() || !present.isEmpty());
    }

    private boolean exists(String checkpointCode) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM checkpoint WHERE code = ?")) {
            statement.setString(1, checkpointCode);
            try (ResultSet result = statement.executeQuery()) {
                return result.next();
            }
        } catch (SQLException failed) {
            throw new StoreException("could not look up checkpoint " + checkpointCode, failed);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Shift> query(String where, Binder binder) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(COLUMNS + where)) {
            binder.bind(statement);
            List<Shift> shifts = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    shifts.add(new Shift(row.getLong("id"), row.getString("checkpoint_code"), row.getString("unit_code"),
                            SqlTimes.get(row, "starts_at"), SqlTimes.get(row, "ends_at")));
                }
            }
            return shifts;
        } catch (SQLException failed) {
            throw new StoreException("could not read shifts", failed);
        }
    }
}
