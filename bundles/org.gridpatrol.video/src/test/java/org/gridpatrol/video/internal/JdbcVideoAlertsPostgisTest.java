package org.gridpatrol.video.internal;

import org.gridpatrol.testing.TestStores;

/**
 * The {@link VideoAlertsContract} on PostGIS, when {@value TestStores#POSTGIS_URL_VARIABLE} names a
 * database; skipped otherwise (failed when {@value TestStores#REQUIRE_VARIABLE} is true).
 */
class JdbcVideoAlertsPostgisTest extends VideoAlertsContract {

    @Override
    TestStores.OpenStore openStore() {
        return TestStores.postgis(TestStores.postgisUrlOrSkip(), "video_test");
    }
}
