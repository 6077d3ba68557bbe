package org.gridpatrol.grid.internal;

import org.gridpatrol.testing.TestStores;

/**
 * The {@link GridUnitsContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} names a
 * database; skipped otherwise (failed when {@value TestStores#REQUIRE_VARIABLE} is true).
 */
class JdbcGridUnitsPostgisTest extends GridUnitsContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "grid_test");
    }
}
