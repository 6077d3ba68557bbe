package org.gridpatrol.store.api;

import java.util.List;
import javax.sql.DataSource;

/**
 * The configured spatial database. Geometries go in as WKB through {@code ST_GeomFromWKB(?, 4490)}
 * and come out through {@code ST_AsBinary(column)}, which both dialects understand.
 */
public interface SpatialStore {

    /** Pooled connections; each caller closes what it opens. */
    DataSource dataSource();

    Dialect dialect();

    /**
     * Applies the migrations of {@code module} that have not been applied yet, in version order,
     * each in its own transaction, and records them in {@code schema_version}.
     *
     * @throws StoreException when a migration fails; later ones are not applied
     */
    void migrate(String module, List<Migration> migrations);
}
