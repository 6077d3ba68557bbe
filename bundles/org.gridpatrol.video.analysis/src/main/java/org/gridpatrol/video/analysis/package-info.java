/**
 * Video analysis as plain functions and per-camera state: zone validation, ground-plane
 * georeferencing (calibration homography, drone footprint) and the zone rules (counting, crowd
 * with hysteresis and cooldown, loitering with a simple tracker).
 * <p>
 * This is a library bundle, not a service: the register validates zones and calibrations with
 * the same code the stream bundle then runs frame by frame, so both import this package instead
 * of one calling the other. Nothing here reads the clock, does I/O or starts threads; every time
 * comes from the caller, which keeps the rules deterministic and testable.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.gridpatrol.video.analysis;
