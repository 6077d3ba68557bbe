package org.gridpatrol.video.detect.internal;

import org.gridpatrol.video.api.ImageBox;

/**
 * The geometry of fitting a frame into a square network input without distortion: scaled by
 * {@code scale}, centred, padded by {@code padX}/{@code padY}.
 */
record Letterbox(double scale, int scaledWidth, int scaledHeight, int padX, int padY, int frameWidth,
        int frameHeight) {

    static Letterbox fit(int frameWidth, int frameHeight, int inputSize) {
        double scale = Math.min((double) inputSize / frameWidth, (double) inputSize / frameHeight);
        int w = (int) Math.round(frameWidth * scale);
        int h = (int) Math.round(frameHeight * scale);
        return new Letterbox(scale, w, h, (inputSize - w) / 2, (inputSize - h) / 2, frameWidth, frameHeight);
    }

    /** A box in network-input pixels back to frame pixels, clipped to the frame. */
    ImageBox toFrame(ImageBox input) {
        double x0 = clamp((input.x() - padX) / scale, frameWidth);
        double y0 = clamp((input.y() - padY) / scale, frameHeight);
        double x1 = clamp((input.x() + input.width() - padX) / scale, frameWidth);
        double y1 = clamp((input.y() + input.height() - padY) / scale, frameHeight);
        return new ImageBox(x0, y0, x1 - x0, y1 - y0);
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
