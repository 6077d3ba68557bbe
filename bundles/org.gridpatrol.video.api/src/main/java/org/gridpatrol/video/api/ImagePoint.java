package org.gridpatrol.video.api;

/** A point in an image, in pixels from the top-left corner. */
public record ImagePoint(double x, double y) {
}
