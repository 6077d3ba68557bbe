package org.gridpatrol.video.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.video.api.VideoAlert;
import org.gridpatrol.video.api.VideoAlerts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the alerts posted on {@link VideoAlerts#TOPIC_ALERT} in table {@code video_alert}, with the
 * snapshot taken at their start. Each event is applied idempotently by alert id: a repeated start or
 * end changes nothing, an update only ever raises the peak count, and an update or end whose start
 * was missed (e.g. during a restart) still records the alert from that moment on.
 */
@Component(service = {VideoAlerts.class, AlertLog.class, EventHandler.class}, configurationPid = AlertsConfig.PID,
        property = EventConstants.EVENT_TOPIC + "=" + VideoAlerts.TOPIC_ALERT)
@Designate(ocd = AlertsConfig.class)
public class JdbcVideoAlerts implements AlertLog, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcVideoAlerts.class);

    private final SpatialStore store;
    private final GridLocator locator;
    private final Clock clock;
    private final Retention retention;
    private final AlertRows rows = new AlertRows();

    @Activate
    public JdbcVideoAlerts(@Reference SpatialStore store, @Reference GridLocator locator, AlertsConfig config) {
        this(store, locator, config, Clock.systemUTC());
    }

    JdbcVideoAlerts(SpatialStore store, GridLocator locator, AlertsConfig config, Clock clock) {
        this.retention = new Retention(store, clock, Retention.days(AlertsConfig.PID, config.retentionDays()),
                "video alerts", AlertRows.PURGE);
        this.store = store;
        this.locator = locator;
        this.clock = clock;
        store.migrate(VideoSchema.MODULE, VideoSchema.MIGRATIONS);
        retention.start();
    }

    @Deactivate
    void deactivate() {
        retention.close();
    }

    @Override
    public synchronized void handleEvent(Event event) {
        AlertEvent alert;
        try {
            alert = AlertEvent.of(event);
        } catch (IllegalArgumentException malformed) {
            LOG.warn("Ignoring a malformed video alert event: {}", malformed.getMessage());
            return;
        }
        try {
            apply(alert);
        } catch (StoreException failed) {
            LOG.warn("Video alert {} ({}) not stored: {}", alert.id(), alert.state(), failed.getMessage(), failed);
        }
    }

    void apply(AlertEvent alert) {
        try (Connection connection = store.dataSource().getConnection()) {
            int changed;
            try (PreparedStatement change = connection.prepareStatement(AlertRows.changeFor(alert))) {
                AlertRows.bindChange(change, alert);
                changed = change.executeUpdate();
            }
            if (changed == 0) {
                try (PreparedStatement insert = connection.prepareStatement(AlertRows.INSERT)) {
                    rows.bindInsert(insert, alert, gridOf(alert));
                    insert.executeUpdate();
                }
            }
        } catch (SQLException failed) {
            throw new StoreException("could not store video alert " + alert.id(), failed);
        }
    }

    /** The grid the stream bundle named, else the deepest unit at the alert's place. */
    private String gridOf(AlertEvent alert) {
        if (alert.grid() != null || !alert.located()) {
            return alert.grid();
        }
        return locator.locate(alert.lon(), alert.lat()).map(GridChain::deepest).map(unit -> unit.code()).orElse(null);
    }

    @Override
    public List<VideoAlert> recent(int limit) {
        return query(AlertFilter.newest(limit));
    }

    @Override
    public List<VideoAlert> query(AlertFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT ").append(AlertRows.COLUMNS).append(" FROM video_alert WHERE 1 = 1");
        List<String> parameters = new ArrayList<>();
        if (filter.cameraCode() != null) {
            sql.append(" AND camera_code = ?");
            parameters.add(filter.cameraCode());
        }
        if (filter.gridPrefix() != null) {
            sql.append(" AND grid_code LIKE ?");
            parameters.add(filter.gridPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.unacknowledgedOnly()) {
            sql.append(" AND acknowledged_by IS NULL");
        }
        sql.append(" ORDER BY started_at DESC, id LIMIT ?");
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int i = 1;
            for (String parameter : parameters) {
                statement.setString(i++, parameter);
            }
            statement.setInt(i, Math.max(0, filter.limit()));
            return read(statement);
        } catch (SQLException failed) {
            throw new StoreException("could not read video alerts", failed);
        }
    }

    @Override
    public Optional<VideoAlert> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + AlertRows.COLUMNS + " FROM video_alert WHERE id = ?")) {
            statement.setString(1, id);
            return read(statement).stream().findFirst();
        } catch (SQLException failed) {
            throw new StoreException("could not read video alert " + id, failed);
        }
    }

    @Override
    public Optional<byte[]> snapshot(String id) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(AlertRows.SNAPSHOT)) {
            statement.setString(1, id);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.ofNullable(result.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw new StoreException("could not read the snapshot of video alert " + id, failed);
        }
    }

    @Override
    public Optional<VideoAlert> acknowledge(String id, String user) {
        if (id == null || user == null || user.isBlank()) {
            return Optional.empty();
        }
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(AlertRows.ACKNOWLEDGE)) {
            statement.setString(1, user);
            SqlTimes.set(statement, 2, clock.instant());
            statement.setString(3, id);
            statement.executeUpdate();
        } catch (SQLException failed) {
            throw new StoreException("could not acknowledge video alert " + id, failed);
        }
        return find(id);
    }

    /** Deletes the alerts that started before the retention period; returns how many. */
    int purgeExpired() {
        return retention.purgeExpired();
    }

    private List<VideoAlert> read(PreparedStatement statement) throws SQLException {
        List<VideoAlert> alerts = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                alerts.add(rows.read(result));
            }
        }
        return alerts;
    }
}
