package org.gridpatrol.grid.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.gridpatrol.grid.api.EditPreview;
import org.gridpatrol.grid.api.GridConflictException;
import org.gridpatrol.grid.api.GridEdit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridImpacts;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.grid.api.GridTopologyException;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.GridValidationException;
import org.gridpatrol.grid.api.ImpactReport;
import org.gridpatrol.grid.api.ImpactSource;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.ValidationReport;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.grid.rules.TopologyRules;
import org.gridpatrol.grid.rules.TopologyValidator;
import org.gridpatrol.grid.rules.Violation;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned, topology-checked edits of the units in the store. One edit is one transaction: lock and
 * check versions ({@link EditPlanner}), validate the change against the stored hierarchy, write the
 * revision ({@link RevisionWriter}) with its impact report ({@link ImpactCollector}); the changed event is posted
 * after the commit. A preview does the same checks and report in a transaction that writes nothing.
 */
@Component(service = {GridEdits.class, GridImpacts.class}, configurationPid = GridRulesConfig.PID)
@Designate(ocd = GridRulesConfig.class)
public class JdbcGridEdits implements GridEdits, GridImpacts {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcGridEdits.class);

    private final SpatialStore store;
    private final EventAdmin eventAdmin;
    private final TopologyValidator validator;
    private final Clock clock;
    /** Edits in this process queue here; row locks order them against other processes. */
    private final ReentrantLock writing = new ReentrantLock();
    private final ImpactCollector impacts = new ImpactCollector();

    @Activate
    public JdbcGridEdits(@Reference SpatialStore store, @Reference GridUnits units, @Reference EventAdmin eventAdmin,
            GridRulesConfig config) {
        this(store, eventAdmin, rules(config), Clock.systemUTC());
    }

    /** {@code units} is referenced above only so that its migrations have run before ours are used. */
    JdbcGridEdits(SpatialStore store, EventAdmin eventAdmin, TopologyRules rules, Clock clock) {
        this.store = store;
        this.eventAdmin = eventAdmin;
        this.validator = new TopologyValidator(rules);
        this.clock = clock;
        store.migrate(GridSchema.MODULE, GridSchema.MIGRATIONS);
    }

    /** The locator of the stored hierarchy: the "before" side of impact reports. */
    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setGridLocator(GridLocator locator) {
        impacts.setLocator(locator);
    }

    void unsetGridLocator(GridLocator locator) {
        impacts.unsetLocator(locator);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addImpactSource(ImpactSource source) {
        impacts.add(source);
    }

    void removeImpactSource(ImpactSource source) {
        impacts.remove(source);
    }

    static TopologyRules rules(GridRulesConfig config) {
        try {
            return new TopologyRules(config.gapToleranceMetres(), config.overlapToleranceMetres(),
                    config.minAreaSquareMetres());
        } catch (IllegalArgumentException invalid) {
            LOG.error("{}: {}", GridRulesConfig.PID, invalid.getMessage());
            throw invalid;
        }
    }

    TopologyRules rules() {
        return validator.rules();
    }

    @Override
    public Revision apply(GridEdit edit) throws GridValidationException, GridConflictException, GridTopologyException {
        return apply(edit, null);
    }

    @Override
    public Revision rollback(long revisionId, String author, String comment)
            throws GridValidationException, GridConflictException, GridTopologyException {
        Revision reverted = revision(revisionId)
                .orElseThrow(() -> new NoSuchElementException("no revision " + revisionId));
        List<GridUnit> restored = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        Map<String, Long> bases = new HashMap<>();
        for (UnitChange change : reverted.changes()) {
            if (change.before() == null) {
                deleted.add(change.code());
            } else {
                restored.add(change.before());
            }
            bases.put(change.code(), change.after() == null ? 0L : change.versionAfter());
        }
        String why = comment == null || comment.isBlank() ? "rollback of revision " + revisionId : comment;
        return apply(new GridEdit(restored, deleted, bases, author, why), revisionId);
    }

    private Revision apply(GridEdit edit, Long revertedId)
            throws GridValidationException, GridConflictException, GridTopologyException {
        EditChecks.check(edit);
        AtomicReference<Revision> saved = new AtomicReference<>();
        writing.lock();
        try {
            store.inTransaction(connection -> {
                List<UnitChange> changes = plan(connection, edit);
                List<Violation> violations = validator.validateChange(new StoreHierarchy(connection), edit.upserted(),
                        EditPlanner.deletedOnly(edit));
                if (!violations.isEmpty()) {
                    throw new Refused(new GridTopologyException(Violations.of(violations)));
                }
                ImpactReport impact = impacts.impact(changes);
                Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                Revision revision = RevisionWriter.write(connection, edit.author().strip(), edit.comment(), revertedId,
                        time, changes, false);
                ImpactRows.store(connection, revision.id(), impact);
                saved.set(revision);
            });
        } catch (Refused refused) {
            refused.rethrow();
        } catch (SQLException failed) {
            throw new StoreException("could not save the grid edit of " + edit.author(), failed);
        } finally {
            writing.unlock();
        }
        Revision revision = saved.get();
        List<String> codes = revision.changes().stream().map(UnitChange::code).toList();
        LOG.info("Grid revision {} by {}: {} unit(s) changed", revision.id(), revision.author(), codes.size());
        eventAdmin.postEvent(new Event(GridUnits.TOPIC_CHANGED, Map.of("codes", codes, "revision", revision.id())));
        return revision;
    }

    @Override
    public EditPreview preview(GridEdit edit) throws GridValidationException, GridConflictException {
        EditChecks.check(edit);
        AtomicReference<EditPreview> preview = new AtomicReference<>();
        try {
            store.inTransaction(connection -> {
                List<UnitChange> changes = plan(connection, edit);
                List<Violation> violations = validator.validateChange(new StoreHierarchy(connection), edit.upserted(),
                        EditPlanner.deletedOnly(edit));
                preview.set(new EditPreview(Violations.of(violations), impacts.impact(changes)));
            });
        } catch (Refused refused) {
            refused.rethrowConflict();
        } catch (SQLException failed) {
            throw new StoreException("could not preview the grid edit of " + edit.author(), failed);
        }
        return preview.get();
    }

    @Override
    public Optional<ImpactReport> impactOf(long revisionId) {
        return read(connection -> ImpactRows.read(connection, revisionId));
    }

    private static List<UnitChange> plan(Connection connection, GridEdit edit) throws SQLException {
        try {
            return new EditPlanner(connection).plan(edit);
        } catch (GridConflictException | GridValidationException refusal) {
            throw new Refused(refusal);
        }
    }

    @Override
    public Optional<VersionedUnit> current(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + GridUnitRows.VERSIONED_COLUMNS + " FROM grid_unit WHERE code = ?")) {
                select.setString(1, code);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(GridUnitRows.readVersioned(rows)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<VersionedUnit> find(String code, Instant at) {
        if (code == null || at == null) {
            return Optional.empty();
        }
        Optional<VersionedUnit> recorded = read(connection -> new RevisionReader(connection).at(code, at));
        if (recorded.isPresent()) {
            return recorded;
        }
        // a unit stored before versioning and never changed since has been valid always
        return current(code).filter(unit -> unit.validFrom() == null && unit.validAt(at) && !hasHistory(code));
    }

    private boolean hasHistory(String code) {
        return read(connection -> new RevisionReader(connection).hasChanges(code));
    }

    @Override
    public List<Revision> history(String code) {
        return code == null ? List.of() : read(connection -> new RevisionReader(connection).history(code));
    }

    @Override
    public Optional<Revision> revision(long id) {
        return read(connection -> new RevisionReader(connection).revision(id));
    }

    @Override
    public ValidationReport validateAll() {
        long started = System.nanoTime();
        Instant checkedAt = clock.instant();
        List<GridUnit> all = read(connection -> {
            List<GridUnit> units = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + GridUnitRows.COLUMNS + " FROM grid_unit ORDER BY " + GridUnitRows.LEVEL_RANK + ", code");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    units.add(GridUnitRows.read(rows));
                }
            }
            return units;
        });
        List<Violation> violations = validator.validateAll(all);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Validated {} grid units in {} ms: {} violation(s)", all.size(), millis, violations.size());
        return new ValidationReport(checkedAt, all.size(), millis, Violations.of(violations));
    }

    private interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        try (Connection connection = store.dataSource().getConnection()) {
            return work.run(connection);
        } catch (SQLException failed) {
            throw new StoreException("could not read the grid history", failed);
        }
    }

    /** Carries a refusal out of the transaction, which rolls back on any runtime exception. */
    private static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(Exception refusal) {
            super(refusal.getMessage(), refusal, false, false);
        }

        void rethrowConflict() throws GridConflictException, GridValidationException {
            if (getCause() instanceof GridConflictException conflict) {
                throw conflict;
            }
            if (getCause() instanceof GridValidationException invalid) {
                throw invalid;
            }
            throw this;
        }

        void rethrow() throws GridConflictException, GridValidationException, GridTopologyException {
            if (getCause() instanceof GridTopologyException violations) {
                throw violations;
            }
            rethrowConflict();
        }
    }
}
