package org.gridpatrol.store.api;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection of the store inside one transaction; see {@link SpatialStore#inTransaction}. */
@FunctionalInterface
public interface Transaction {

    void run(Connection connection) throws SQLException;
}
