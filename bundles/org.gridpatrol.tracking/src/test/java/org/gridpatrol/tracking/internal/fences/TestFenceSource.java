package org.gridpatrol.tracking.internal.fences;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceSource;

/** Checkpoint-like fences set by the test; counts how often it is asked. */
final class TestFenceSource implements FenceSource {

    private final String name;
    private volatile List<Fence> fences;
    private volatile RuntimeException failure;
    final AtomicInteger asked = new AtomicInteger();

    TestFenceSource(Fence... fences) {
        this(Fence.CHECKPOINT, fences);
    }

    TestFenceSource(String name, Fence... fences) {
        this.name = name;
        this.fences = List.of(fences);
    }

    void set(Fence... replacement) {
        this.fences = List.of(replacement);
    }

    void failWith(RuntimeException next) {
        this.failure = next;
    }

    @Override
    public String source() {
        return name;
    }

    @Override
    public Collection<Fence> fences() {
        asked.incrementAndGet();
        if (failure != null) {
            throw failure;
        }
        return fences;
    }
}
