/**
 * "Xueliang" video: the camera register, camera health, person detection, zones and their rules,
 * georeferencing of image points onto the map, drone telemetry, and crowd/loitering alerts.
 * Image coordinates are pixels with the origin at the top-left corner; map coordinates are
 * CGCS2000 lon/lat.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gridpatrol.video.api;
