package org.gridpatrol.grid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.gridpatrol.grid.api.ChangedUnit;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.ImpactReport;
import org.gridpatrol.grid.api.ImpactSource;
import org.gridpatrol.grid.api.ImpactedItem;
import org.gridpatrol.grid.api.UnitChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every registered {@link ImpactSource} what an edit moves between units. A failing source is logged and
 * named in the report instead of failing the edit: the report informs, the topology rules decide.
 */
final class ImpactCollector {

    private static final Logger LOG = LoggerFactory.getLogger(ImpactCollector.class);
    /** Before any locator is bound (tests without sources): nothing is located anywhere. */
    private static final GridLocator NOWHERE = (lon, lat) -> Optional.empty();

    private final List<ImpactSource> sources = new CopyOnWriteArrayList<>();
    private final AtomicReference<GridLocator> locator = new AtomicReference<>(NOWHERE);

    void add(ImpactSource source) {
        sources.add(source);
    }

    void remove(ImpactSource source) {
        sources.remove(source);
    }

    void setLocator(GridLocator current) {
        locator.set(current);
    }

    /** A replaced locator is unbound after its successor was bound: only forget the one that is going. */
    void unsetLocator(GridLocator gone) {
        locator.compareAndSet(gone, NOWHERE);
    }

    ImpactReport impact(List<UnitChange> changes) {
        if (sources.isEmpty() || changes.isEmpty()) {
            return ImpactReport.EMPTY;
        }
        GridChange change = new GridChange(changes.stream().map(ImpactCollector::changed).toList(), locator.get());
        List<ImpactedItem> items = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ImpactSource source : sources) {
            try {
                items.addAll(source.impacted(change));
            } catch (RuntimeException broken) {
                String kind = kindOf(source);
                LOG.warn("Impact source {} failed; the impact report leaves it out", kind, broken);
                failed.add(kind);
            }
        }
        return new ImpactReport(items, failed);
    }

    private static String kindOf(ImpactSource source) {
        try {
            return source.kind();
        } catch (RuntimeException broken) {
            return source.getClass().getName();
        }
    }

    private static ChangedUnit changed(UnitChange change) {
        GridUnit any = change.after() != null ? change.after() : change.before();
        return new ChangedUnit(change.code(), any.level(), geometry(change.before()), geometry(change.after()));
    }

    private static org.locationtech.jts.geom.MultiPolygon geometry(GridUnit unit) {
        return unit == null ? null : unit.geometry();
    }
}
