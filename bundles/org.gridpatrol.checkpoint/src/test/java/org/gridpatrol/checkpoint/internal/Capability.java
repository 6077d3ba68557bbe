package org.gridpatrol.checkpoint.internal;

import org.gridpatrol.testing.SettableClock;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.gridpatrol.geo.internal.GaussKrugerMeasurement;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;

/**
 * The checkpoint capability wired as SCR would wire it, on a real store with a real grid locator; fence
 * membership and patrol units come from maps the test sets.
 */
final class Capability implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-22T00:00:00Z");
    static final java.time.Duration PRESENCE_MAX_AGE = java.time.Duration.ofMinutes(15);

    final TestStores.OpenStore store;
    final RecordingEventAdmin events = new RecordingEventAdmin();
    final SettableClock clock = new SettableClock(START);
    final MapMembership membership = new MapMembership();
    final MapUnits units = new MapUnits("P-001", "P-002", "P-003");
    final JdbcCheckpoints checkpoints;
    final JdbcDutyRoster roster;
    final JdbcPasses passes;

    Capability(TestStores.OpenStore store) throws Exception {
        this.store = store;
        Territory territory = new Territory(store.store());
        checkpoints = new JdbcCheckpoints(store.store(), territory.locator, new JtsGeometryValidator(),
                new GaussKrugerMeasurement(), events);
        roster = new JdbcDutyRoster(store.store(), units, membership, membership::lastSeen, PRESENCE_MAX_AGE);
        passes = new JdbcPasses(store.store(), events, clock);
    }

    /** Forgets every checkpoint (their shifts and passes go with them), every event, and resets the clock. */
    void clear() throws SQLException {
        try (Connection connection = store.store().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM checkpoint");
        }
        events.clear();
        membership.clear();
        clock.set(START);
    }

    @Override
    public void close() {
        store.close();
    }
}
