package org.gridpatrol.checkpoint.internal;

import org.gridpatrol.testing.TestStores;

/**
 * The {@link DutyRosterContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} names a database;
 * skipped otherwise (failed when {@value TestStores#REQUIRE_VARIABLE} is true).
 */
class JdbcDutyRosterPostgisTest extends DutyRosterContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "checkpoint_test");
    }
}
