/**
 * The territory as a hierarchy of polygons: county, town/street, village/community, grid and
 * micro-grid; the units, their grid workers, and locating a point in the hierarchy.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.gridpatrol.grid.api;
