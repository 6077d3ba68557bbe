package org.gridpatrol.tracking.internal.positions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gridpatrol.geo.api.CoordinateConverter;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.tracking.api.IngestResult;
import org.gridpatrol.tracking.api.IngestResult.Rejection;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.api.Positions;
import org.gridpatrol.tracking.api.ReportedPosition;
import org.gridpatrol.tracking.internal.PositionStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Positions in table {@code unit_position}. The order of work for a batch, in one place: validate and
 * convert each report ({@link ReportValidator}); queue the accepted ones for the group-commit writer and
 * wait for their commit; after the commit, update the newest position per unit and hand the new positions,
 * oldest first, to the fence pipeline ({@link PositionStream}, when one is registered). A maintenance thread
 * deletes positions past the retention period every hour and logs the per-channel counters every minute.
 */
@Component(service = {Positions.class, IngestCounters.class}, configurationPid = PositionsConfig.PID)
@Designate(ocd = PositionsConfig.class)
public class JdbcPositions implements Positions, IngestCounters {

    /** How far back the newest positions are loaded at start. */
    static final Duration MEMORY = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(JdbcPositions.class);
    /** Generous: a commit waits for the database, never for a speed target. */
    private static final long COMMIT_WAIT_SECONDS = 120;

    private final SpatialStore store;
    private final Clock clock;
    private final int maxBatch;
    private final Duration retention;
    private final ReportValidator validator;
    private final LatestPositions latest;
    private final ChannelCounters counters = new ChannelCounters();
    private final GroupCommitWriter writer;
    private final ScheduledExecutorService maintenance;
    private volatile PositionStream stream;

    @Activate
    public JdbcPositions(@Reference SpatialStore store, @Reference PatrolUnits units,
            @Reference CoordinateConverter converter, PositionsConfig config) {
        this(store, units, converter, config, Clock.systemUTC());
    }

    JdbcPositions(SpatialStore store, PatrolUnits units, CoordinateConverter converter, PositionsConfig config,
            Clock clock) {
        checkConfig(config);
        this.store = store;
        this.clock = clock;
        this.maxBatch = config.maxBatch();
        this.retention = Duration.ofDays(config.retentionDays());
        this.validator = new ReportValidator(deviceId -> units.findByDevice(deviceId).map(PatrolUnit::code),
                converter, Duration.ofSeconds(config.maxFutureSeconds()), retention);
        store.migrate(PositionsSchema.MODULE, PositionsSchema.MIGRATIONS);
        Instant horizon = clock.instant().minus(MEMORY);
        this.latest = new LatestPositions(horizon);
        newestSince(horizon).forEach(latest::offer);
        this.writer = new GroupCommitWriter(store, config.writerMaxRows(), config.writerLingerMillis(), this::committed);
        this.maintenance = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gridpatrol-position-maintenance");
            thread.setDaemon(true);
            return thread;
        });
        maintenance.scheduleAtFixedRate(this::purgeQuietly, 0, 1, TimeUnit.HOURS);
        maintenance.scheduleAtFixedRate(counters::logChanges, 1, 1, TimeUnit.MINUTES);
    }

    private static void checkConfig(PositionsConfig config) {
        check(config.maxBatch() >= 1, "maxBatch must be at least 1, got " + config.maxBatch());
        check(config.maxFutureSeconds() >= 0, "maxFutureSeconds must not be negative, got " + config.maxFutureSeconds());
        check(config.retentionDays() >= 1 && config.retentionDays() <= 3650,
                "retentionDays must be from 1 to 3650, got " + config.retentionDays());
        check(config.writerMaxRows() >= 1, "writerMaxRows must be at least 1, got " + config.writerMaxRows());
        check(config.writerLingerMillis() >= 0 && config.writerLingerMillis() <= 1000,
                "writerLingerMillis must be from 0 to 1000, got " + config.writerLingerMillis());
    }

    private static void check(boolean valid, String problem) {
        if (!valid) {
            LOG.error("{}: {}; position ingest not started", PositionsConfig.PID, problem);
            throw new IllegalArgumentException(problem);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStream(PositionStream positionStream) {
        stream = positionStream;
    }

    void unbindStream(PositionStream positionStream) {
        if (stream == positionStream) {
            stream = null;
        }
    }

    @Override
    public IngestResult ingest(List<ReportedPosition> reports, String channel) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(channel, "channel");
        if (reports.size() > maxBatch) {
            throw new IllegalArgumentException("a batch holds at most " + maxBatch + " reports, got " + reports.size());
        }
        Instant now = clock.instant();
        List<Position> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            ReportValidator.Outcome outcome = validator.check(i, reports.get(i), now);
            if (outcome.accepted() != null) {
                accepted.add(outcome.accepted());
            } else {
                rejections.add(outcome.rejection());
            }
        }
        if (!accepted.isEmpty()) {
            awaitCommit(accepted, channel, now);
        }
        counters.add(channel, accepted.size(), rejections.size());
        return new IngestResult(accepted.size(), rejections);
    }

    private void awaitCommit(List<Position> accepted, String channel, Instant now) {
        try {
            writer.submit(accepted, channel, now).get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof StoreException store ? store
                    : new StoreException("positions not stored", failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the commit; the positions may or may not be stored");
        } catch (TimeoutException slow) {
            throw new StoreException("no commit within " + COMMIT_WAIT_SECONDS + " s; the positions may or may not be stored");
        }
    }

    /** On the writer thread, after each commit. */
    private void committed(List<Position> fresh) {
        fresh.forEach(latest::offer);
        PositionStream current = stream;
        if (current != null && !fresh.isEmpty()) {
            current.accepted(Collections.unmodifiableList(fresh));
        }
    }

    @Override
    public Collection<Position> latest(Instant since) {
        return since.isBefore(latest.horizon()) ? newestSince(since) : latest.since(since);
    }

    @Override
    public Optional<Position> latest(String unitCode) {
        Optional<Position> known = latest.of(unitCode);
        if (known.isPresent()) {
            return known;
        }
        List<Position> stored = query(PositionRows.NEWEST_OF_UNIT, statement -> statement.setString(1, unitCode));
        return stored.stream().findFirst();
    }

    @Override
    public List<Position> track(String unitCode, Instant from, Instant to, int limit) {
        List<Position> newestFirst = query(PositionRows.TRACK, statement -> {
            statement.setString(1, unitCode);
            PositionRows.setTime(statement, 2, from);
            PositionRows.setTime(statement, 3, to);
            statement.setInt(4, Math.max(0, limit));
        });
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public Map<String, ChannelCount> byChannel() {
        return counters.snapshot();
    }

    @Override
    public void countRefused(String channel, int reports) {
        counters.add(channel, 0, reports);
    }

    private List<Position> newestSince(Instant since) {
        return query(PositionRows.NEWEST_SINCE, statement -> PositionRows.setTime(statement, 1, since));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Position> query(String sql, Binder binder) {
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<Position> positions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    positions.add(PositionRows.read(rows));
                }
            }
            return positions;
        } catch (SQLException failed) {
            throw new StoreException("could not read positions", failed);
        }
    }

    /** Deletes the positions older than the retention period; returns how many. */
    int purgeExpired() {
        Instant cutoff = clock.instant().minus(retention);
        try (Connection connection = store.dataSource().getConnection();
                PreparedStatement delete = connection.prepareStatement(PositionRows.DELETE_OLDER_THAN)) {
            PositionRows.setTime(delete, 1, cutoff);
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.info("Deleted {} positions older than {}", deleted, cutoff);
            }
            return deleted;
        } catch (SQLException failed) {
            throw new StoreException("could not delete expired positions", failed);
        }
    }

    private void purgeQuietly() {
        try {
            purgeExpired();
        } catch (RuntimeException failed) {
            LOG.warn("Expired positions not deleted; trying again in an hour", failed);
        }
    }

    /** Commits what is queued, then stops; the maintenance thread is not interrupted (H2 dislikes it). */
    @Deactivate
    public void close() {
        writer.close();
        maintenance.shutdown();
        try {
            if (!maintenance.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Position maintenance still running after 30 s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        counters.logChanges();
    }
}
