package org.gridpatrol.tracking.internal.positions;

import org.gridpatrol.testing.TestStores;

/**
 * The {@link PositionsContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} names a
 * database; skipped otherwise (failed when {@value TestStores#REQUIRE_VARIABLE} is true).
 */
class JdbcPositionsPostgisTest extends PositionsContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "tracking_test");
    }
}
