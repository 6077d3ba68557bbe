package org.gridpatrol.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MigrationSqlTest {

    @Test
    void splitsAtSemicolonsEndingALine() {
        String script = """
                -- grid units
                CREATE TABLE a (id BIGINT, note VARCHAR(20) DEFAULT 'x;y');
                INSERT INTO a
                VALUES (1, 'one; two') ;

                CREATE TABLE b (id BIGINT)""";

        assertThat(MigrationSql.split(script)).containsExactly(
                "CREATE TABLE a (id BIGINT, note VARCHAR(20) DEFAULT 'x;y')",
                "INSERT INTO a\nVALUES (1, 'one; two')",
                "CREATE TABLE b (id BIGINT)");
    }

    @Test
    void dropsBlankAndCommentOnlyPieces() {
        assertThat(MigrationSql.split("  ;\n-- only a comment;\n\n")).isEmpty();
        assertThat(MigrationSql.split("")).isEmpty();
    }

    @Test
    void spatialIndexBecomesGist() {
        assertThat(MigrationSql.spatialIndexToGist("create spatial index grid_geom on grid_unit(geom)"))
                .isEqualTo("CREATE INDEX grid_geom ON grid_unit USING GIST (geom)");
        assertThat(MigrationSql.spatialIndexToGist(
                "CREATE SPATIAL INDEX IF NOT EXISTS g_idx\n  ON gp.grid_unit ( boundary )"))
                .isEqualTo("CREATE INDEX IF NOT EXISTS g_idx ON gp.grid_unit USING GIST (boundary)");
    }

    @Test
    void otherStatementsAreLeftAlone() {
        String plain = "CREATE INDEX grid_code ON grid_unit(code)";
        assertThat(MigrationSql.spatialIndexToGist(plain)).isSameAs(plain);
        String mentionsSpatial = "COMMENT ON TABLE t IS 'CREATE SPATIAL INDEX x ON t(g)'";
        assertThat(MigrationSql.spatialIndexToGist(mentionsSpatial)).isSameAs(mentionsSpatial);
    }
}
