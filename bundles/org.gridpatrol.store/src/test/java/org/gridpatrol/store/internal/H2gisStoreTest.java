package org.gridpatrol.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.gridpatrol.store.api.Dialect;
import org.gridpatrol.store.api.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded H2GIS file database in a temporary folder. */
class H2gisStoreTest extends StoreContractTest {

    @TempDir
    Path folder;

    @Override
    protected StoreConfig isolatedConfig() {
        return ConfigValues.h2gis("jdbc:h2:file:" + folder.resolve("nested/store"));
    }

    @Override
    protected Dialect expectedDialect() {
        return Dialect.H2GIS;
    }

    @Override
    protected void preferIndexes(Statement statement) {
        // H2 uses a spatial index for && whenever there is one
    }

    @Override
    protected boolean hasFunction(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = ?")) {
            query.setString(1, name.toUpperCase(Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    @Test
    void databaseFileIsCreatedWhereTheUrlSays() {
        assertThat(folder.resolve("nested/store.mv.db")).exists();
    }

    @Test
    void functionsOutsideThePortableSetAreNotRegistered() throws SQLException {
        try (Connection connection = store.dataSource().getConnection()) {
            assertThat(hasFunction(connection, "ST_Transform")).isFalse();
            assertThat(hasFunction(connection, "ST_Contains")).isTrue();
        }
    }

    @Test
    void noEpsgTableIsAddedToTheDatabase() throws SQLException, java.io.IOException {
        try (Connection connection = store.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, null, "SPATIAL_REF_SYS", null)) {
            assertThat(rows.next()).isFalse();
        }
        assertThat(Files.size(folder.resolve("nested/store.mv.db"))).isLessThan(1_000_000);
    }

    @Test
    void unknownDialectFailsActivation() {
        assertThatThrownBy(() -> new SpatialStoreComponent(new ConfigValues("oracle", "", "", "", 2), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown dialect 'oracle'");
    }

    @Test
    void unreachablePostgisFailsActivationNamingTheUrl() {
        assertThatThrownBy(() -> new SpatialStoreComponent(
                ConfigValues.postgis("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2&password=pw"), null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot connect to jdbc:postgresql://127.0.0.1:1/nothing")
                .hasMessageNotContaining("password=pw");
    }
}
