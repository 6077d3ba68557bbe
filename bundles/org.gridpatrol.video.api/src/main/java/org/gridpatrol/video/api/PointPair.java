package org.gridpatrol.video.api;

/** A calibration pair: a ground point in the image and the same point on the map (CGCS2000). */
public record PointPair(double imageX, double imageY, double lon, double lat) {
}
