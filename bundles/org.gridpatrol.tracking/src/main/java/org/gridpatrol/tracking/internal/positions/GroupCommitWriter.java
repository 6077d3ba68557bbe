package org.gridpatrol.tracking.internal.positions;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.gridpatrol.store.api.SpatialStore;
import org.gridpatrol.store.api.StoreException;
import org.gridpatrol.tracking.api.Position;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one thread takes the reports of all callers from a queue, waits up to the linger time for
 * more, inserts them as one JDBC batch in one transaction, and only then completes each caller's future.
 * Many callers thus share one commit (the expensive part) without any caller being acknowledged early.
 * One caller's reports are never split over two transactions. When a shared commit fails, each caller's
 * reports are retried in a transaction of their own, so that one caller's failure stays its own.
 *
 * <p>The writer thread is never interrupted: H2 closes its database file when a thread is interrupted in I/O.
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);
    private static final long POLL_MILLIS = 100;
    private static final long CLOSE_WAIT_MILLIS = 30_000;

    /** One caller's reports; {@code done} gets those newly stored (a resent report is stored once). */
    private record Pending(List<Position> positions, String channel, Instant receivedAt,
            CompletableFuture<List<Position>> done) {
    }

    private final SpatialStore store;
    private final int maxRows;
    private final long lingerNanos;
    private final Consumer<List<Position>> afterCommit;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean open = true;
    /** A caller's reports that did not fit the previous group; writer thread only. */
    private Pending carried;

    /** @param afterCommit called on the writer thread with each commit's new positions, oldest first */
    GroupCommitWriter(SpatialStore store, int maxRows, long lingerMillis, Consumer<List<Position>> afterCommit) {
        this.store = store;
        this.maxRows = maxRows;
        this.lingerNanos = TimeUnit.MILLISECONDS.toNanos(lingerMillis);
        this.afterCommit = afterCommit;
        this.thread = new Thread(this::run, "gridpatrol-position-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues reports for the next commit; the future completes once they are committed. */
    CompletableFuture<List<Position>> submit(List<Position> positions, String channel, Instant receivedAt) {
        Pending pending = new Pending(List.copyOf(positions), channel, receivedAt, new CompletableFuture<>());
        queue.add(pending);
        if (!open && queue.remove(pending)) {
            pending.done().completeExceptionally(new StoreException("the position writer is stopped"));
        }
        return pending.done();
    }

    private void run() {
        while (open || carried != null || !queue.isEmpty()) {
            try {
                List<Pending> group = nextGroup();
                if (!group.isEmpty()) {
                    commit(group);
                }
            } catch (InterruptedException unexpected) {
                LOG.warn("Position writer interrupted; stopping");
                break;
            } catch (RuntimeException bug) {
                LOG.error("Position writer failed on a group; continuing", bug);
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new StoreException("the position writer stopped before committing"));
        }
    }

    private List<Pending> nextGroup() throws InterruptedException {
        Pending first = carried != null ? carried : queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        carried = null;
        if (first == null) {
            return List.of();
        }
        List<Pending> group = new ArrayList<>(List.of(first));
        int rows = first.positions().size();
        long deadline = System.nanoTime() + lingerNanos;
        while (rows < maxRows) {
            long wait = deadline - System.nanoTime();
            Pending next = wait > 0 ? queue.poll(wait, TimeUnit.NANOSECONDS) : queue.poll();
            if (next == null) {
                break;
            }
            if (rows + next.positions().size() > maxRows) {
                carried = next;
                break;
            }
            group.add(next);
            rows += next.positions().size();
        }
        return group;
    }

    private void commit(List<Pending> group) {
        List<List<Position>> stored;
        try {
            stored = insert(group);
        } catch (SQLException | RuntimeException failed) {
            if (group.size() > 1) {
                LOG.warn("A commit of {} callers' positions failed; committing each on its own", group.size(), failed);
                group.forEach(pending -> commit(List.of(pending)));
            } else {
                LOG.warn("Positions of one {} caller not stored", group.get(0).channel(), failed);
                group.get(0).done().completeExceptionally(new StoreException("positions not stored", failed));
            }
            return;
        }
        List<Position> all = new ArrayList<>();
        stored.forEach(all::addAll);
        all.sort(Comparator.comparing(Position::time));
        try {
            afterCommit.accept(all);
        } catch (RuntimeException failed) {
            LOG.error("Handing {} committed positions on failed", all.size(), failed);
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).done().complete(stored.get(i));
        }
    }

    /** One transaction; for each caller, the positions whose insert was not a duplicate. */
    private List<List<Position>> insert(List<Pending> group) throws SQLException {
        List<List<Position>> stored = new ArrayList<>();
        store.inTransaction(connection -> {
            stored.clear();
            try (PreparedStatement insert = connection.prepareStatement(PositionRows.INSERT)) {
                for (Pending pending : group) {
                    for (Position position : pending.positions()) {
                        PositionRows.bindInsert(insert, position, pending.receivedAt(), pending.channel());
                        insert.addBatch();
                    }
                }
                int[] counts = insert.executeBatch();
                int row = 0;
                for (Pending pending : group) {
                    List<Position> fresh = new ArrayList<>();
                    for (Position position : pending.positions()) {
                        int count = counts[row++];
                        if (count > 0 || count == Statement.SUCCESS_NO_INFO) {
                            fresh.add(position);
                        }
                    }
                    stored.add(fresh);
                }
            }
        });
        return stored;
    }

    /** Commits what is queued, then stops the thread; callers still waiting after that get a StoreException. */
    @Override
    public void close() {
        open = false;
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The position writer did not stop within {} ms", CLOSE_WAIT_MILLIS);
        }
    }
}
