package org.gridpatrol.grid.internal;

import org.gridpatrol.testing.TestStores;

/** The {@link GridLocatorContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} is set. */
class IndexedGridLocatorPostgisTest extends GridLocatorContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "grid_test");
    }
}
