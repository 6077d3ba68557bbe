package org.gridpatrol.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridpatrol.store.api.Dialect;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

    @Test
    void h2gisDefaultsToAFileDatabaseUnderKarafData() {
        StoreSettings settings = StoreSettings.from(ConfigValues.h2gis(""), "/opt/karaf/data");

        assertThat(settings.dialect()).isEqualTo(Dialect.H2GIS);
        assertThat(settings.url()).isEqualTo("jdbc:h2:file:/opt/karaf/data/gridpatrol/store;WRITE_DELAY=0");
    }

    @Test
    void withoutKarafTheDefaultDatabaseIsUnderDotData() {
        assertThat(StoreSettings.from(ConfigValues.h2gis(""), null).url())
                .isEqualTo("jdbc:h2:file:./data/gridpatrol/store;WRITE_DELAY=0");
    }

    @Test
    void embeddedCommitsAreFlushedBeforeTheyAreAcknowledged() {
        assertThat(StoreSettings.from(ConfigValues.h2gis("jdbc:h2:file:/srv/gp"), null).url())
                .isEqualTo("jdbc:h2:file:/srv/gp;WRITE_DELAY=0");
        assertThat(StoreSettings.from(ConfigValues.h2gis("jdbc:h2:file:/srv/gp;write_delay=100"), null).url())
                .as("an explicit choice is kept").isEqualTo("jdbc:h2:file:/srv/gp;write_delay=100");
    }

    @Test
    void dialectNamesAreCaseInsensitive() {
        StoreSettings settings = StoreSettings.from(
                new ConfigValues(" PostGIS ", "jdbc:postgresql://db:5432/gp", "gp", "secret", 3), null);

        assertThat(settings.dialect()).isEqualTo(Dialect.POSTGIS);
        assertThat(settings.user()).isEqualTo("gp");
        assertThat(settings.maxPoolSize()).isEqualTo(3);
    }

    @Test
    void unknownDialectIsRefusedNamingTheChoices() {
        assertThatThrownBy(() -> StoreSettings.from(new ConfigValues("mysql", "", "", "", 8), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mysql").hasMessageContaining("h2gis or postgis");
    }

    @Test
    void urlOfTheOtherDialectIsRefused() {
        assertThatThrownBy(() -> StoreSettings.from(ConfigValues.postgis("jdbc:h2:mem:x"), null))
                .hasMessageContaining("does not match dialect postgis").hasMessageContaining("jdbc:postgresql:");
        assertThatThrownBy(() -> StoreSettings.from(ConfigValues.h2gis("jdbc:postgresql://db/gp"), null))
                .hasMessageContaining("does not match dialect h2gis");
    }

    @Test
    void postgisNeedsAUrl() {
        assertThatThrownBy(() -> StoreSettings.from(ConfigValues.postgis(" "), null))
                .hasMessageContaining("url is required for dialect postgis");
    }

    @Test
    void poolNeedsAtLeastOneConnection() {
        assertThatThrownBy(() -> StoreSettings.from(new ConfigValues("h2gis", "", "", "", 0), null))
                .hasMessageContaining("maxPoolSize");
    }

    @Test
    void passwordsNeverReachTheLog() {
        StoreSettings settings = StoreSettings.from(new ConfigValues("postgis",
                "jdbc:postgresql://db/gp?user=gp&password=hunter2&ssl=true", "", "secret", 8), null);

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("secret")
                .contains("password=***&ssl=true");
    }
}
