package org.gridpatrol.store.api;

/** The database behind the store. Both speak the SQL/MM spatial functions used by GridPatrol. */
public enum Dialect {
    H2GIS,
    POSTGIS
}
