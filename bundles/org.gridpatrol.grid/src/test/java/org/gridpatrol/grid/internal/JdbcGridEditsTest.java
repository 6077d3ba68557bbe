package org.gridpatrol.grid.internal;

import java.nio.file.Path;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;

/** The {@link GridEditsContract} on the embedded H2GIS store. */
class JdbcGridEditsTest extends GridEditsContract {

    @TempDir
    Path folder;

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.h2gis(folder);
    }
}
