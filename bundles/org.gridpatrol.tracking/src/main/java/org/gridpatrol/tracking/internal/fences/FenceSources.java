package org.gridpatrol.tracking.internal.fences;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceSource;
import org.gridpatrol.tracking.fences.FenceIndex;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registered fence sources and the fences each last gave. Only sources that changed are asked again;
 * a source that fails keeps its previous fences, so one broken source never empties the whole index.
 */
final class FenceSources {

    private static final Logger LOG = LoggerFactory.getLogger(FenceSources.class);

    /** One source's fences as last fetched; null until fetched. */
    private static final class Cached {
        Collection<Fence> fences;
        boolean stale = true;
    }

    private final Map<FenceSource, Cached> sources = new IdentityHashMap<>(); // guarded by this

    synchronized void add(FenceSource source) {
        sources.put(source, new Cached());
    }

    synchronized void remove(FenceSource source) {
        sources.remove(source);
    }

    /** Marks the sources named {@code sourceName} (all when null) to be asked again at the next build. */
    synchronized void changed(String sourceName) {
        sources.forEach((source, cached) -> {
            if (sourceName == null || sourceName.equals(nameOf(source))) {
                cached.stale = true;
            }
        });
    }

    /** Fetches what is stale and indexes the fences of every source; run off the callers' threads. */
    FenceIndex build() {
        long started = System.nanoTime();
        Map<FenceSource, Cached> snapshot;
        synchronized (this) {
            snapshot = new IdentityHashMap<>(sources);
        }
        List<FenceSource> ordered = new ArrayList<>(snapshot.keySet());
        ordered.sort(Comparator.comparing(FenceSources::nameOf));
        Map<String, Fence> byId = new TreeMap<>();
        Map<String, Integer> perSource = new TreeMap<>();
        for (FenceSource source : ordered) {
            Collection<Fence> fences = fetch(source, snapshot.get(source));
            perSource.merge(nameOf(source), accept(source, fences, byId), Integer::sum);
        }
        FenceIndex index = new FenceIndex(byId.values());
        LOG.info("Fence index built: {} fences {} in {} ms", index.size(), perSource,
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }

    private Collection<Fence> fetch(FenceSource source, Cached cached) {
        synchronized (this) {
            if (!cached.stale && cached.fences != null) {
                return cached.fences;
            }
            // Cleared before asking: a change during the fetch marks it stale again for the next build.
            cached.stale = false;
        }
        try {
            Collection<Fence> fences = List.copyOf(source.fences());
            synchronized (this) {
                cached.fences = fences;
            }
            return fences;
        } catch (RuntimeException failed) {
            LOG.error("Fence source {} failed; keeping its previous {} fences", nameOf(source),
                    cached.fences == null ? 0 : cached.fences.size(), failed);
            return cached.fences == null ? List.of() : cached.fences;
        }
    }

    /** Adds the usable fences to {@code byId}; returns how many. */
    private static int accept(FenceSource source, Collection<Fence> fences, Map<String, Fence> byId) {
        int accepted = 0;
        Set<String> refused = new HashSet<>();
        for (Fence fence : fences) {
            boolean area = fence != null && fence.id() != null
                    && (fence.area() instanceof Polygon || fence.area() instanceof MultiPolygon) && !fence.area().isEmpty();
            if (!area) {
                refused.add(fence == null ? "null" : String.valueOf(fence.id()) + " (no polygon area)");
            } else if (byId.putIfAbsent(fence.id(), fence) != null) {
                refused.add(fence.id() + " (duplicate id)");
            } else {
                accepted++;
            }
        }
        if (!refused.isEmpty()) {
            LOG.warn("Fence source {}: {} fences left out of the index, e.g. {}", nameOf(source), refused.size(),
                    refused.stream().sorted().limit(5).toList());
        }
        return accepted;
    }

    private static String nameOf(FenceSource source) {
        try {
            return String.valueOf(source.source());
        } catch (RuntimeException failed) {
            return source.getClass().getName();
        }
    }
}
