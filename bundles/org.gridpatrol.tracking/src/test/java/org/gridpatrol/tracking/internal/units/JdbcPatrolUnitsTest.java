package org.gridpatrol.tracking.internal.units;

import java.nio.file.Path;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;

/** The {@link PatrolUnitsContract} on embedded H2GIS. */
class JdbcPatrolUnitsTest extends PatrolUnitsContract {

    @TempDir
    static Path folder;

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.h2gis(folder);
    }
}
