/**
 * The spatial database: an embedded H2GIS by default, PostGIS in production, one schema for both,
 * with per-module versioned migrations.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.gridpatrol.store.api;
