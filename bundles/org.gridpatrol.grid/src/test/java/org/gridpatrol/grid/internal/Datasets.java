package org.gridpatrol.grid.internal;

import java.util.List;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;

/** The generated Rui'an hierarchy (gis-data) as grid units, parents first. */
final class Datasets {

    static final long SEED = GisDataset.DEFAULT_SEED;

    private Datasets() {
    }

    static List<GridUnit> units(Size size) {
        return GisDataset.generate(size, SEED).stream().map(Datasets::unit).toList();
    }

    static GridUnit unit(GisFeature feature) {
        GridWorker worker = feature.workerName() == null && feature.workerPhone() == null
                ? null : new GridWorker(feature.workerName(), feature.workerPhone());
        return new GridUnit(feature.code(), feature.name(), AdminLevel.byId(feature.level()).orElseThrow(),
                feature.parentCode(), feature.geometry(), worker);
    }
}
