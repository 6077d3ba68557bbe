package org.gridpatrol.checkpoint.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.HealthCode;
import org.gridpatrol.checkpoint.api.Pass;
import org.gridpatrol.checkpoint.api.PassStats;
import org.gridpatrol.checkpoint.api.Passes;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The pass register in table {@code checkpoint_pass}. A batch is checked as a whole before anything is
 * written and stored in one transaction; red and yellow codes are announced only after the commit.
 */
@Component(service = {Passes.class, PassRegister.class})
public class JdbcPasses implements PassRegister {

    /** The day of a pass, for statistics: where the checkpoints are. */
    static final ZoneId LOCAL_ZONE = ZoneId.of("Asia/Shanghai");

    private final SpatialStore store;
    private final EventAdmin eventAdmin;
    private final Clock clock;
    private final PassRows rows = new PassRows();

    @Activate
    public JdbcPasses(@Reference SpatialStore store, @Reference EventAdmin eventAdmin) {
        this(store, eventAdmin, Clock.systemUTC());
    }

    JdbcPasses(SpatialStore store, EventAdmin eventAdmin, Clock clock) {
        this.store = store;
        this.eventAdmin = eventAdmin;
        this.clock = clock;
        store.migrate(CheckpointSchema.MODULE, CheckpointSchema.MIGRATIONS);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void check(Pass pass) throws CheckpointException {
        PassValidator.validate(pass, now(), code -> checkpointName(code) != null);
    }

    @Override
    public List<Pass> record(List<Pass> passes) throws CheckpointException {
        Instant now = now();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < passes.size(); i++) {
            try {
                PassValidator.validate(passes.get(i), now, code -> names.computeIfAbsent(code, this::checkpointName) != null);
            } catch (CheckpointException refused) {
                throw new CheckpointException("passes[" + i + "]." + refused.field(),
                        "pass " + i + ": " + refused.field() + " " + refused.getMessage());
            }
        }
        List<Pass> stored = new ArrayList<>(passes.size());
        try {
            store.inTransaction(connection -> {
                stored.clear();
                try (PreparedStatement insert = connection.prepareStatement(PassRows.INSERT, new String[] {"id"})) {
                    for (Pass pass : passes) {
                        rows.bind(insert, pass, pass.time().atZone(LOCAL_ZONE).toLocalDate());
                        insert.executeUpdate();
                        stored.add(PassRows.withId(pass, GeneratedKeys.single(insert)));
                    }
                }
            });
        } catch (SQLException failed) {
            throw new StoreException("could not record " + passes.size() + " passes", failed);
        }
        stored.stream().filter(pass -> pass.healthCode() != HealthCode.GREEN)
                .forEach(pass -> announce(pass, names.get(pass.checkpointCode())));
        return List.copyOf(stored);
    }

    @Override
    public List<Pass> list(String checkpointCode, Instant from, Instant to, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (checkpointCode != null) {
            where.append(" AND checkpoint_code = ?");
            parameters.add(checkpointCode);
        }
        if (from != null) {
            where.append(" AND passed_at >= ?");
            parameters.add(from);
        }
        if (to != null) {
            where.append(" AND passed_at < ?");
            parameters.add(to);
        }
        where.append(" ORDER BY passed_at DESC, id DESC LIMIT ?");
        parameters.add(Math.max(0, limit));
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(PassRows.SELECT + where)) {
            bind(statement, parameters);
            List<Pass> passes = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    passes.add(rows.read(row));
                }
            }
            return passes;
        } catch (SQLException failed) {
            throw new StoreException("could not read passes", failed);
        }
    }

    @Override
    public List<PassStats> stats(String checkpointCode, LocalDate fromDay, LocalDate toDay) {
        List<Object> parameters = new ArrayList<>(List.of(fromDay, toDay));
        String sql = PassRows.STATS_HEAD;
        if (checkpointCode != null) {
            sql += " AND checkpoint_code = ?";
            parameters.add(checkpointCode);
        }
        sql += PassRows.STATS_TAIL;
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<PassStats> stats = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    stats.add(new PassStats(row.getString("checkpoint_code"), row.getObject("local_day", LocalDate.class),
                            row.getLong("passes"), row.getLong("green"), row.getLong("yellow"), row.getLong("red")));
                }
            }
            return stats;
        } catch (SQLException failed) {
            throw new StoreException("could not compute pass statistics", failed);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Instant time) {
                SqlTimes.set(statement, i + 1, time);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** The checkpoint's name, null when there is no such checkpoint. */
    private String checkpointName(String code) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT name FROM checkpoint WHERE code = ?")) {
            statement.setString(1, code);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException failed) {
            throw new StoreException("could not look up checkpoint " + code, failed);
        }
    }

    private void announce(Pass pass, String checkpointName) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("checkpoint", pass.checkpointCode());
        properties.put("checkpointName", checkpointName == null ? pass.checkpointCode() : checkpointName);
        properties.put("passId", pass.id());
        properties.put("healthCode", pass.healthCode().name());
        properties.put("subjectKind", pass.subjectKind().name());
        properties.put("subject", pass.subject());
        properties.put("time", pass.time().toString());
        eventAdmin.postEvent(new Event(TOPIC_HEALTH_CODE, properties));
    }
}
