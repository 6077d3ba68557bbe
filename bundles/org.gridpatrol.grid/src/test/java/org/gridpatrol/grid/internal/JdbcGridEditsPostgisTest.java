package org.gridpatrol.grid.internal;

import org.gridpatrol.testing.TestStores;

/**
 * The {@link GridEditsContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} names a database;
 * skipped otherwise (failed when {@value TestStores#REQUIRE_VARIABLE} is true).
 */
class JdbcGridEditsPostgisTest extends GridEditsContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "grid_edits_test");
    }
}
