package org.gridpatrol.video.detect.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of native workers (OpenCV objects are not thread-safe), each used by one thread at
 * a time. Unlike a ThreadLocal, every native object is known and freed on {@link #close()}, even
 * when the camera threads that used it are gone.
 */
final class NativePool<T extends AutoCloseable> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NativePool.class);

    private final BlockingQueue<T> idle;
    private final List<T> all = new ArrayList<>();
    private volatile boolean closed;

    NativePool(int size, Supplier<T> factory) {
        idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                T worker = factory.get();
                all.add(worker);
                idle.add(worker);
            }
        } catch (RuntimeException e) {
            all.forEach(NativePool::closeQuietly);
            throw e;
        }
    }

    /** Runs {@code work} with a free worker, waiting for one when all are busy. */
    <R> R with(Function<T, R> work) {
        if (closed) {
            throw new IllegalStateException("detector is closed");
        }
        T worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a detector", e);
        }
        try {
            return work.apply(worker);
        } finally {
            idle.add(worker);
        }
    }

    /**
     * Frees every worker after waiting up to {@code waitMillis} for busy ones to come back; a worker
     * still busy after that is left to the garbage collector rather than freed under a running call.
     */
    public void close(long waitMillis) {
        closed = true;
        long deadline = System.currentTimeMillis() + waitMillis;
        int freed = 0;
        try {
            while (freed < all.size()) {
                T worker = idle.poll(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                if (worker == null) {
                    LOG.warn("{} detector(s) still busy after {} ms; not freeing them", all.size() - freed, waitMillis);
                    break;
                }
                closeQuietly(worker);
                freed++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(10_000);
    }

    private static void closeQuietly(AutoCloseable worker) {
        try {
            worker.close();
        } catch (Exception e) {
            LOG.warn("Could not free a detector", e);
        }
    }
}
