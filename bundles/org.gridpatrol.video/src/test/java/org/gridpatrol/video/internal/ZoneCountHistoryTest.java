package org.gridpatrol.video.internal;

import java.nio.file.Path;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;

/** The {@link ZoneCountHistoryContract} on embedded H2GIS. */
class ZoneCountHistoryTest extends ZoneCountHistoryContract {

    @TempDir
    static Path folder;

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.h2gis(folder);
    }
}
