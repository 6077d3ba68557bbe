package org.gridpatrol.gisdata;

import java.util.List;
import org.gridpatrol.gisdata.internal.HierarchyBuilder;

/**
 * Entry point of the library: a synthetic but geographically plausible hierarchy of Rui'an (瑞安市), with
 * every level tiling its parent exactly. Pure function of its arguments: no I/O, no shared state.
 */
public final class GisDataset {

    /** The seed of the committed demo file. */
    public static final long DEFAULT_SEED = 330381L;

    private GisDataset() {
    }

    /**
     * Generates the hierarchy.
     *
     * @return county, then all towns, communities, grids and micro-grids, each level ordered by code
     */
    public static List<GisFeature> generate(Size size, long seed) {
        return List.copyOf(HierarchyBuilder.build(size, seed));
    }
}
