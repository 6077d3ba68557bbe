package org.gridpatrol.tracking.internal.fences;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.gridpatrol.tracking.fences.FenceIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the fence index on a thread of its own, a short delay after the first request, so that a burst of
 * changes (a checkpoint import, a grid reload) costs one rebuild. A request while a rebuild runs schedules
 * another one, which will see the change.
 */
final class IndexRebuilds implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilds.class);

    private final Duration delay;
    private final Supplier<FenceIndex> build;
    private final Consumer<FenceIndex> install;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "gridpatrol-fence-index");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<FenceIndex> queued; // guarded by this

    IndexRebuilds(Duration delay, Supplier<FenceIndex> build, Consumer<FenceIndex> install) {
        this.delay = delay;
        this.build = build;
        this.install = install;
    }

    /** Completes with the index once it is installed; requests before the rebuild starts share it. */
    synchronized CompletableFuture<FenceIndex> request() {
        if (queued != null) {
            return queued;
        }
        CompletableFuture<FenceIndex> rebuilt = new CompletableFuture<>();
        try {
            executor.schedule(this::rebuild, delay.toMillis(), TimeUnit.MILLISECONDS);
            queued = rebuilt;
        } catch (RejectedExecutionException closed) {
            rebuilt.completeExceptionally(closed);
        }
        return rebuilt;
    }

    private void rebuild() {
        CompletableFuture<FenceIndex> done;
        synchronized (this) {
            done = queued;
            queued = null;
        }
        try {
            FenceIndex index = build.get();
            install.accept(index);
            done.complete(index);
        } catch (RuntimeException failed) {
            LOG.error("Could not rebuild the fence index; evaluating with the previous one", failed);
            done.completeExceptionally(failed);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
