package org.gridpatrol.checkpoint.internal;

import org.gridpatrol.testing.TestStores;

/**
 * The {@link CheckpointsContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} names a database;
 * skipped otherwise (failed when {@value TestStores#REQUIRE_VARIABLE} is true).
 */
class JdbcCheckpointsPostgisTest extends CheckpointsContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "checkpoint_test");
    }
}
