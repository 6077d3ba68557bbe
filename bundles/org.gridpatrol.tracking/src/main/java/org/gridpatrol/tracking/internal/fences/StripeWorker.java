package org.gridpatrol.tracking.internal.fences;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.gridpatrol.tracking.api.FenceEvent;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.fences.FenceIndex;
import org.gridpatrol.tracking.fences.FenceMonitor;
import org.gridpatrol.tracking.fences.FenceRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread with its own {@link FenceMonitor} and bounded queue. Every report of a unit goes through the
 * same worker, so a unit's reports are evaluated in the order they were handed over.
 */
final class StripeWorker implements AutoCloseable {

    /** Where a worker hands the transitions of one report, with the index they refer to. */
    interface Transitions {
        void post(List<FenceEvent> events, FenceIndex index);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StripeWorker.class);
    /** Queued only to wake the worker for a new index; carries nothing. */
    private static final Object WAKE = new Object();

    private final BlockingQueue<Object> queue;
    private final FenceMonitor monitor;
    private final AtomicReference<FenceIndex> nextIndex = new AtomicReference<>();
    private final MembershipBoard board;
    private final Transitions transitions;
    private final Thread thread;

    StripeWorker(String name, int capacity, FenceIndex index, FenceRules rules, MembershipBoard board,
            Transitions transitions) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.monitor = new FenceMonitor(index, rules);
        this.board = board;
        this.transitions = transitions;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a report; false at once when the queue is full. */
    boolean offer(Position position) {
        return queue.offer(position);
    }

    int waiting() {
        return queue.size();
    }

    /** The index to use from the next report on; the memberships of fences that remain are kept. */
    void useIndex(FenceIndex index) {
        nextIndex.set(index);
        // A full queue needs no wake-up: the worker looks for a new index before each report.
        queue.offer(WAKE);
    }

    /** Completes when everything queued before it has been evaluated; waits for room in the queue. */
    CompletableFuture<Void> barrier() throws InterruptedException {
        CompletableFuture<Void> reached = new CompletableFuture<>();
        queue.put((Runnable) () -> reached.complete(null));
        return reached;
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Object next = queue.take();
                installNewIndex();
                if (next instanceof Position position) {
                    evaluate(position);
                } else if (next instanceof Runnable task) {
                    task.run();
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void installNewIndex() {
        FenceIndex index = nextIndex.getAndSet(null);
        if (index != null) {
            monitor.useIndex(index);
            for (String unit : monitor.units()) {
                board.update(unit, monitor.inside(unit));
            }
        }
    }

    private void evaluate(Position position) {
        try {
            List<FenceEvent> events = monitor.report(position);
            board.update(position.unitCode(), monitor.inside(position.unitCode()));
            if (!events.isEmpty()) {
                transitions.post(events, monitor.index());
            }
        } catch (RuntimeException failed) {
            LOG.warn("Position of unit {} at {} not evaluated against fences", position.unitCode(), position.time(),
                    failed);
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
