package org.gridpatrol.grid.internal;

import java.nio.file.Path;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;

/** The {@link GridUnitsContract} on the embedded H2GIS store. */
class JdbcGridUnitsTest extends GridUnitsContract {

    @TempDir
    static Path folder;

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.h2gis(folder);
    }
}
