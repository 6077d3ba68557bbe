package org.gridpatrol.video.internal;

import java.nio.file.Path;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;

/** The {@link VideoAlertsContract} on embedded H2GIS. */
class JdbcVideoAlertsTest extends VideoAlertsContract {

    @TempDir
    static Path folder;

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.h2gis(folder);
    }
}
