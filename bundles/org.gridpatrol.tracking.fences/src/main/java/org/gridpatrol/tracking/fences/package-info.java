/**
 * The geofence engine as plain code: building fences ({@link org.gridpatrol.tracking.fences.Fences}:
 * validated polygons, circles and road corridors in metres), finding the fences at a point or along a
 * segment ({@link org.gridpatrol.tracking.fences.FenceIndex}, an STRtree of prepared geometries), and turning
 * a unit's reports into debounced ENTER, EXIT, DWELL and CROSS
 * ({@link org.gridpatrol.tracking.fences.FenceMonitor}).
 * <p>
 * This is a library bundle, not a service: the checkpoint register validates fences with the same code the
 * tracking pipeline evaluates positions with, so both import this package instead of one calling the
 * other. Nothing here reads the clock, does I/O or starts threads; every time comes from the reports,
 * which keeps the rules deterministic and testable.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.gridpatrol.tracking.fences;
