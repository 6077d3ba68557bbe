package org.gridpatrol.store.api;

import java.sql.SQLException;
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
     * Runs {@code work} on a pooled connection in one transaction: committed when it returns, rolled back
     * when it throws, so a failed batch leaves nothing half-written.
     *
     * @throws SQLException what the work or the commit threw, after the rollback
     */
    void inTransaction(Transaction work) throws SQLException;

    /**
     * Applies the migrations of {@code module} that have not been applied yet, in version order,
     * each in its own transaction, and records them in {@code schema_version}.
     *
     * @throws StoreException when a migration fails; later ones are not applied
     */
    void migrate(String module, List<Migration> migrations);
}
