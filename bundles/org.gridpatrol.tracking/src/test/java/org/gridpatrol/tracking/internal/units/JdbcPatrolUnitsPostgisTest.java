package org.gridpatrol.tracking.internal.units;

import org.gridpatrol.testing.TestStores;

/**
 * The {@link PatrolUnitsContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} names a
 * database; skipped otherwise (failed when {@value TestStores#REQUIRE_VARIABLE} is true).
 */
class JdbcPatrolUnitsPostgisTest extends PatrolUnitsContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "tracking_test");
    }
}
