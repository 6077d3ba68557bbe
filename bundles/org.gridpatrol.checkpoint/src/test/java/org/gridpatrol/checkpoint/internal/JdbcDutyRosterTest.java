package org.gridpatrol.checkpoint.internal;

import java.nio.file.Path;
import org.gridpatrol.testing.TestStores;
import org.junit.jupiter.api.io.TempDir;

/** The {@link DutyRosterContract} on embedded H2GIS. */
class JdbcDutyRosterTest extends DutyRosterContract {

    @TempDir
    static Path folder;

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.h2gis(folder);
    }
}
