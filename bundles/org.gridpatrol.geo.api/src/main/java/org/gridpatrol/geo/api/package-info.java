/**
 * Geographic vocabulary of GridPatrol: coordinate systems that clients report in, conversion to
 * the stored CGCS2000 lon/lat, metric measurement in the CGCS2000 Gauss-Krüger zone of the data,
 * geometry validation with a located reason, and GeoJSON geometry encoding.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gridpatrol.geo.api;
