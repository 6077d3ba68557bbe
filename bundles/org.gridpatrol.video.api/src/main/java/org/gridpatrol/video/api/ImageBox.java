package org.gridpatrol.video.api;

/** An axis-aligned box in an image, in pixels; {@code (x, y)} is the top-left corner. */
public record ImageBox(double x, double y, double width, double height) {

    /** Where a standing person touches the ground: the middle of the bottom edge. */
    public ImagePoint footPoint() {
        return new ImagePoint(x + width / 2, y + height);
    }

    public double area() {
        return width * height;
    }
}
