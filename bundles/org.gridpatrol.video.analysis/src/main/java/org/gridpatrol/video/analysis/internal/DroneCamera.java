package org.gridpatrol.video.analysis.internal;

/**
 * A pinhole camera at {@code altitude} metres above flat ground, looking along heading (clockwise
 * from north) and pitch (0 level, -90 straight down), with no roll. Pixel (px, py) has the ray
 * {@code forward + nx * right - ny * up}, nx and ny scaled by the half fields of view; the ray meets
 * the ground at {@code altitude / -ray.z} along it. That map is linear in (px, py, 1) up to the
 * division by {@code -ray.z}, so it is a homography into the local east/north frame centred under
 * the drone, with a positive denominator exactly for rays below the horizon.
 */
public final class DroneCamera {

    private DroneCamera() {
    }

    public static Homography imageToGround(double altitude, double headingDeg, double pitchDeg, double horizontalFovDeg,
            double verticalFovDeg, int imageWidth, int imageHeight) {
        double heading = Math.toRadians(headingDeg);
        double pitch = Math.toRadians(pitchDeg);
        double[] forward = {Math.sin(heading) * Math.cos(pitch), Math.cos(heading) * Math.cos(pitch), Math.sin(pitch)};
        double[] right = {Math.cos(heading), -Math.sin(heading), 0};
        double[] up = {-Math.sin(heading) * Math.sin(pitch), -Math.cos(heading) * Math.sin(pitch), Math.cos(pitch)};
        double kx = Math.tan(Math.toRadians(horizontalFovDeg) / 2) / (imageWidth / 2.0);
        double ky = Math.tan(Math.toRadians(verticalFovDeg) / 2) / (imageHeight / 2.0);
        double[] perPx = new double[3];
        double[] perPy = new double[3];
        double[] constant = new double[3];
        for (int axis = 0; axis < 3; axis++) {
            perPx[axis] = kx * right[axis];
            perPy[axis] = -ky * up[axis];
            constant[axis] = forward[axis] - kx * imageWidth / 2.0 * right[axis] + ky * imageHeight / 2.0 * up[axis];
        }
        return new Homography(new double[] {
            altitude * perPx[0], altitude * perPy[0], altitude * constant[0],
            altitude * perPx[1], altitude * perPy[1], altitude * constant[1],
            -perPx[2], -perPy[2], -constant[2]});
    }
}
