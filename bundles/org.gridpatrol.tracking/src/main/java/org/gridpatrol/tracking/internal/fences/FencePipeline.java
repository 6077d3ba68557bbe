package org.gridpatrol.tracking.internal.fences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceEvent;
import org.gridpatrol.tracking.api.FenceMembership;
import org.gridpatrol.tracking.api.FenceSource;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.fences.FenceIndex;
import org.gridpatrol.tracking.internal.PositionStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Committed positions to fence transitions. The order of things is: the ingest hands over a committed batch
 * ({@link #accepted}); each report goes to the worker its unit is striped to (hash of the unit code), which
 * evaluates it with its own {@link org.gridpatrol.tracking.fences.FenceMonitor}, updates the shared
 * memberships and posts the transitions to EventAdmin on {@link FenceEvent#TOPIC}. The fences come from
 * every {@link FenceSource}; the index is rebuilt off-thread when sources come and go or post
 * {@link FenceSource#TOPIC_CHANGED}, and swapped in keeping the memberships of fences that remain.
 */
@Component(service = {PositionStream.class, FenceMembership.class, FenceLookup.class, EventHandler.class},
        configurationPid = FencePipelineConfig.PID, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + FenceSource.TOPIC_CHANGED)
@Designate(ocd = FencePipelineConfig.class)
public final class FencePipeline implements PositionStream, FenceLookup, EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(FencePipeline.class);
    private static final long DROP_LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final EventAdmin eventAdmin;
    private final FenceSources sources = new FenceSources();
    private final MembershipBoard board = new MembershipBoard();
    private final List<StripeWorker> workers = new ArrayList<>();
    private final IndexRebuilds rebuilds;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lastDropLog = new AtomicLong(System.nanoTime() - DROP_LOG_INTERVAL_NANOS);
    private volatile FenceIndex index = new FenceIndex(List.of());

    @Activate
    public FencePipeline(@Reference EventAdmin eventAdmin, FencePipelineConfig config) {
        this(eventAdmin, checked(config));
    }

    FencePipeline(EventAdmin eventAdmin, PipelineSettings settings) {
        this.eventAdmin = eventAdmin;
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(new StripeWorker("gridpatrol-fences-" + i, settings.queueCapacity(), index, settings.rules(),
                    board, this::post));
        }
        this.rebuilds = new IndexRebuilds(settings.rebuildDelay(), sources::build, this::install);
        rebuilds.request();
    }

    private static PipelineSettings checked(FencePipelineConfig config) {
        try {
            PipelineSettings settings = PipelineSettings.of(config);
            LOG.info("Fence pipeline: {} workers with {} queued positions each; ENTER/EXIT after {} reports, "
                    + "hysteresis {} m, DWELL after {}", settings.workers(), settings.queueCapacity(),
                    settings.rules().inertiaReports(), settings.rules().hysteresisMetres(),
                    settings.rules().dwellTime());
            return settings;
        } catch (IllegalArgumentException invalid) {
            LOG.error("Fence pipeline not started: configuration {} is invalid: {}", FencePipelineConfig.PID,
                    invalid.getMessage());
            throw invalid;
        }
    }

    @Reference(name = "source", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeSource")
    void addSource(FenceSource source) {
        sources.add(source);
        rebuilds.request();
    }

    void removeSource(FenceSource source) {
        sources.remove(source);
        rebuilds.request();
    }

    @Deactivate
    void deactivate() {
        rebuilds.close();
        workers.forEach(StripeWorker::close);
    }

    /** {@link FenceSource#TOPIC_CHANGED}: asks the named source (every source without a name) again. */
    @Override
    public void handleEvent(Event event) {
        Object source = event.getProperty("source");
        sources.changed(source == null ? null : source.toString());
        rebuilds.request();
    }

    @Override
    public void accepted(List<Position> committed) {
        List<Position> byTime = new ArrayList<>(committed);
        // A batch may carry a unit's buffered reports in any order; the monitor only moves forward in time.
        byTime.sort(Comparator.comparing(Position::time, Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Position position : byTime) {
            if (position.unitCode() == null || position.time() == null) {
                LOG.warn("Position without unit or time not evaluated against fences: {}", position);
                continue;
            }
            StripeWorker worker = workers.get(Math.floorMod(position.unitCode().hashCode(), workers.size()));
            if (!worker.offer(position)) {
                countDrop(worker);
            }
        }
    }

    private void countDrop(StripeWorker worker) {
        long total = dropped.incrementAndGet();
        long now = System.nanoTime();
        long last = lastDropLog.get();
        if (now - last >= DROP_LOG_INTERVAL_NANOS && lastDropLog.compareAndSet(last, now)) {
            LOG.warn("Fence evaluation cannot keep up: a worker queue is full ({} waiting); {} positions dropped "
                    + "without fence evaluation since start (they are stored all the same)", worker.waiting(), total);
        }
    }

    /** Positions not evaluated because their worker's queue was full, since activation. */
    public long droppedPositions() {
        return dropped.get();
    }

    @Override
    public Set<String> unitsInside(String fenceId) {
        return board.unitsInside(fenceId);
    }

    @Override
    public Set<String> fencesOf(String unitCode) {
        return board.fencesOf(unitCode);
    }

    @Override
    public Optional<Fence> fence(String id) {
        return index.fence(id);
    }

    /** Rebuilds soon; completes when the new index is handed to the workers. */
    CompletableFuture<FenceIndex> rebuild() {
        return rebuilds.request();
    }

    /** Completes when every report handed over before the call has been evaluated. */
    CompletableFuture<Void> drained() throws InterruptedException {
        List<CompletableFuture<Void>> barriers = new ArrayList<>();
        for (StripeWorker worker : workers) {
            barriers.add(worker.barrier());
        }
        return CompletableFuture.allOf(barriers.toArray(CompletableFuture[]::new));
    }

    private void install(FenceIndex rebuilt) {
        index = rebuilt;
        workers.forEach(worker -> worker.useIndex(rebuilt));
    }

    private void post(List<FenceEvent> transitions, FenceIndex evaluatedWith) {
        for (FenceEvent transition : transitions) {
            eventAdmin.postEvent(FenceEvents.toEvent(transition, evaluatedWith.fence(transition.fenceId())));
        }
    }
}
