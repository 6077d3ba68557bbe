package org.gridpatrol.tracking.internal.fences;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.grid.internal.GridUnitsConfig;
import org.gridpatrol.grid.internal.JdbcGridUnits;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;

/** The Rui'an demo hierarchy of gis-data in a real grid register on H2GIS. */
final class DemoGrid implements AutoCloseable {

    final RecordingEventAdmin gridEvents = new RecordingEventAdmin();
    final JdbcGridUnits units;
    final List<GisFeature> features = GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED);
    private final TestStores.OpenStore store;

    DemoGrid(Path folder) throws Exception {
        store = TestStores.h2gis(folder);
        units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), gridEvents,
                Configs.of(GridUnitsConfig.class, Map.of()));
        units.save(features.stream().map(DemoGrid::unit).toList());
        gridEvents.clear();
    }

    List<GisFeature> level(AdminLevel level) {
        return features.stream().filter(feature -> feature.level().equals(level.id())).toList();
    }

    static GridUnit unit(GisFeature feature) {
        GridWorker worker = feature.workerName() == null ? null
                : new GridWorker(feature.workerName(), feature.workerPhone());
        return new GridUnit(feature.code(), feature.name(), AdminLevel.byId(feature.level()).orElseThrow(),
                feature.parentCode(), feature.geometry(), worker);
    }

    @Override
    public void close() {
        store.close();
    }
}
