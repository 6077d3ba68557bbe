package org.gridpatrol.grid.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridLocator;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locates points in an in-memory index of the stored units. The index is rebuilt on a thread of its
 * own when units change and swapped in whole, so readers never see a half-built index.
 */
@Component(service = {GridLocator.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + GridUnits.TOPIC_CHANGED)
public class IndexedGridLocator implements GridLocator, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(IndexedGridLocator.class);

    private final GridUnits units;
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "gridpatrol-grid-index");
        thread.setDaemon(true);
        return thread;
    });
    private volatile UnitIndex index;
    private CompletableFuture<Void> queuedRebuild; // guarded by this

    @Activate
    public IndexedGridLocator(@Reference GridUnits units) {
        this.units = units;
        this.index = load();
    }

    @Deactivate
    void deactivate() {
        rebuilder.shutdownNow();
    }

    @Override
    public Optional<GridChain> locate(double lon, double lat) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            return Optional.empty();
        }
        return index.locate(lon, lat);
    }

    @Override
    public void handleEvent(Event event) {
        scheduleRebuild();
    }

    /**
     * Queues a rebuild unless one is queued and not started yet (it will see the change too).
     * Completes when the new index is in use.
     */
    synchronized CompletableFuture<Void> scheduleRebuild() {
        if (queuedRebuild == null) {
            CompletableFuture<Void> rebuilt = new CompletableFuture<>();
            queuedRebuild = rebuilt;
            rebuilder.execute(() -> rebuild(rebuilt));
        }
        return queuedRebuild;
    }

    private void rebuild(CompletableFuture<Void> rebuilt) {
        synchronized (this) {
            queuedRebuild = null;
        }
        try {
            index = load();
            rebuilt.complete(null);
        } catch (RuntimeException failed) {
            LOG.error("Could not rebuild the grid index; locating with the previous one", failed);
            rebuilt.completeExceptionally(failed);
        }
    }

    private UnitIndex load() {
        long started = System.nanoTime();
        List<GridUnit> all = units.query(new GridQuery(null, null, null, null, 0, Integer.MAX_VALUE)).units();
        UnitIndex built = UnitIndex.of(all);
        LOG.info("Grid index built: {} units, {} leaves in {} ms", built.unitCount(), built.leafCount(),
                (System.nanoTime() - started) / 1_000_000);
        return built;
    }
}
