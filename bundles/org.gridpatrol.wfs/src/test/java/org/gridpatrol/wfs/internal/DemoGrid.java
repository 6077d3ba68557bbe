package org.gridpatrol.wfs.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.gridpatrol.grid.internal.GridRulesConfig;
import org.gridpatrol.grid.internal.GridUnitsConfig;
import org.gridpatrol.grid.internal.JdbcGridEdits;
import org.gridpatrol.grid.internal.JdbcGridUnits;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;

/**
 * The gis-data demo hierarchy (360 micro-grids) in a real H2GIS store, with the grid bundle's real
 * {@link JdbcGridUnits} and {@link JdbcGridEdits} (default topology rules) and a WFS endpoint over them.
 */
final class DemoGrid implements AutoCloseable {

    static final List<GridUnit> DEMO = GisDataset.generate(Size.DEMO, GisDataset.DEFAULT_SEED).stream()
            .map(DemoGrid::unit).toList();

    final TestStores.OpenStore store;
    final RecordingEventAdmin events = new RecordingEventAdmin();
    final JdbcGridUnits units;
    final JdbcGridEdits edits;

    DemoGrid(Path folder) throws Exception {
        store = TestStores.h2gis(folder);
        units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), events,
                Configs.of(GridUnitsConfig.class, Map.of()));
        edits = new JdbcGridEdits(store.store(), units, events, Configs.of(GridRulesConfig.class, Map.of()));
        units.save(DEMO);
    }

    WfsEndpoint endpoint() {
        return endpoint(WfsSettings.DEFAULTS);
    }

    WfsEndpoint endpoint(WfsSettings settings) {
        return new WfsEndpoint(units, edits, settings, Clock.systemUTC());
    }

    static long count(AdminLevel level) {
        return DEMO.stream().filter(unit -> unit.level() == level).count();
    }

    static GridUnit unit(GisFeature feature) {
        GridWorker worker = feature.workerName() == null && feature.workerPhone() == null
                ? null : new GridWorker(feature.workerName(), feature.workerPhone());
        return new GridUnit(feature.code(), feature.name(), AdminLevel.byId(feature.level()).orElseThrow(),
                feature.parentCode(), feature.geometry(), worker);
    }

    @Override
    public void close() {
        store.close();
    }
}
