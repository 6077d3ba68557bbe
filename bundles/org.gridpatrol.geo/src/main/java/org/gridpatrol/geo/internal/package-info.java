/**
 * Implementation of the geo API: China map offsets, Gauss-Krüger measurement, validation, GeoJSON.
 *
 * <p>Why GeoTools lives in this one bundle: GeoTools is not an OSGi library. Its factories are found
 * through {@code META-INF/services} and its fat jar (Apache Sedona's {@code geotools-wrapper})
 * carries private copies of Guava, JAXB, units and image libraries. Embedded here, GeoTools sees
 * its own services through this bundle's class loader with no SPI-Fly, no {@code wrap:} and no
 * context-class-loader tricks, and its private copies never leak to other bundles, which could
 * happen if the wrapper were exported. The ~110 packages the wrapper refers to but never needs
 * for referencing are imported optionally. Nothing outside this bundle sees a GeoTools type: the
 * API speaks JTS geometries and lon/lat records only, so other bundles resolve against JTS,
 * Jackson and the API.
 */
package org.gridpatrol.geo.internal;
