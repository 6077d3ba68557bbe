package org.gridpatrol.grid.internal;

import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.geo.internal.JtsGeometryValidator;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.testing.TestStores;

/** The demo hierarchy saved in an H2GIS store in {@code folder}, with a locator over it. */
final class DemoHierarchy implements AutoCloseable {

    final TestStores.OpenStore store;
    final RecordingEventAdmin events = new RecordingEventAdmin();
    final JdbcGridUnits units;
    final List<GridUnit> demo = Datasets.units(Size.DEMO);
    final IndexedGridLocator locator;

    DemoHierarchy(Path folder) throws Exception {
        store = TestStores.h2gis(folder);
        units = new JdbcGridUnits(store.store(), new JtsGeometryValidator(), events, GridUnitsContract.tolerance(0.05));
        units.save(demo);
        locator = new IndexedGridLocator(units);
    }

    @Override
    public void close() {
        locator.deactivate();
        store.close();
    }
}
