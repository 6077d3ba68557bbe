package org.gridpatrol.video.stream.internal.worker;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small hand-over queue between a producer that must never wait (the decoder) and a slower
 * consumer (the analysis): when full, {@link #offer} discards the oldest element and counts it.
 * Video analysis wants the newest frame, never a backlog.
 */
public final class DropOldestQueue<T> {

    private final int capacity;
    private final ArrayDeque<T> items;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private long dropped;

    public DropOldestQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.items = new ArrayDeque<>(capacity);
    }

    /** Adds an item, dropping the oldest when full; never blocks. */
    public void offer(T item) {
        lock.lock();
        try {
            if (items.size() == capacity) {
                items.removeFirst();
                dropped++;
            }
            items.addLast(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The oldest item, waiting at most {@code timeout}; empty when none arrived in time. */
    public Optional<T> poll(long timeout, TimeUnit unit) throws InterruptedException {
        long remaining = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (items.isEmpty()) {
                if (remaining <= 0) {
                    return Optional.empty();
                }
                remaining = notEmpty.awaitNanos(remaining);
            }
            return Optional.of(items.removeFirst());
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            items.clear();
        } finally {
            lock.unlock();
        }
    }

    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }
}
