package org.gridpatrol.tracking.internal.positions;

import java.nio.file.Path;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;

/** The {@link PositionsContract} on embedded H2GIS. */
class JdbcPositionsTest extends PositionsContract {

    @TempDir
    static Path folder;

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.h2gis(folder);
    }
}
