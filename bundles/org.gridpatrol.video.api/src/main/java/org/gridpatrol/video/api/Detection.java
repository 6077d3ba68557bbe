package org.gridpatrol.video.api;

/** A person found in a frame, with the detector's confidence in [0, 1]. */
public record Detection(ImageBox box, double score) {
}
