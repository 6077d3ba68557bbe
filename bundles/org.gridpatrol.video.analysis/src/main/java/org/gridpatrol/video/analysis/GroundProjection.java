package org.gridpatrol.video.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.video.analysis.internal.Calibration;
import org.gridpatrol.video.analysis.internal.DroneCamera;
import org.gridpatrol.video.analysis.internal.DronePoseCheck;
import org.gridpatrol.video.analysis.internal.Footprint;
import org.gridpatrol.video.analysis.internal.Homography;
import org.gridpatrol.video.analysis.internal.LocalFrame;
import org.gridpatrol.video.api.DroneTelemetry;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.VideoInputException;
import org.locationtech.jts.geom.Polygon;

/**
 * Maps points of an image's ground plane onto the map (CGCS2000 lon/lat). Both a calibrated fixed
 * camera and a drone over flat ground are a homography from pixels into a local east/north frame
 * in metres; the homography's denominator is positive below the horizon. Immutable and thread-safe.
 */
public final class GroundProjection {

    /** How far from the frame's origin (drone nadir, calibration centroid) {@link #footprint(int, int)} reaches. */
    public static final double DEFAULT_FOOTPRINT_RANGE_METRES = 1000;
    /** Points projecting farther than this from the origin are treated as not projectable (grazing rays). */
    public static final double MAX_PROJECTION_METRES = 20_000;

    private final Homography imageToLocal;
    private final LocalFrame frame;
    private final double rmsErrorMetres;

    private GroundProjection(Homography imageToLocal, LocalFrame frame, double rmsErrorMetres) {
        this.imageToLocal = imageToLocal;
        this.frame = frame;
        this.rmsErrorMetres = rmsErrorMetres;
    }

    /**
     * Homography from 4 to 64 calibration pairs (normalised DLT, least squares beyond 4, in a local
     * metric frame around the map points' centroid). Refuses non-finite or out-of-range values,
     * duplicate points, (nearly) collinear image or map points (with exactly 4 pairs: any 3 on a
     * line; with more: no 4 points without 3 on a line), pairs spanning more than 20 km, a horizon
     * running through the calibration points, and fits whose reprojection RMS exceeds 10 m.
     *
     * @throws VideoInputException with field {@code calibration} or {@code calibration[i]...}
     */
    public static GroundProjection fromPairs(List<PointPair> pairs) throws VideoInputException {
        Calibration.Fit fit = Calibration.fit(pairs);
        return new GroundProjection(fit.imageToLocal(), fit.frame(), fit.rmsErrorMetres());
    }

    /**
     * Flat-ground projection for a drone camera's pose, in a frame centred under the drone.
     *
     * @throws VideoInputException naming the impossible telemetry field
     */
    public static GroundProjection forDrone(DroneTelemetry pose, int imageWidth, int imageHeight)
            throws VideoInputException {
        DronePoseCheck.check(pose, imageWidth, imageHeight);
        Homography h = DroneCamera.imageToGround(pose.altitudeAboveGroundMetres(), pose.headingDeg(),
                pose.gimbalPitchDeg(), pose.horizontalFovDeg(), pose.verticalFovDeg(), imageWidth, imageHeight);
        return new GroundProjection(h, new LocalFrame(pose.lon(), pose.lat()), 0);
    }

    /** Empty when the point is at or above the horizon, not finite, or projects beyond {@link #MAX_PROJECTION_METRES}. */
    public Optional<LonLat> toMap(ImagePoint point) {
        if (point == null || !Double.isFinite(point.x()) || !Double.isFinite(point.y())) {
            return Optional.empty();
        }
        double[] local = imageToLocal.apply(point.x(), point.y());
        if (!(local[2] > 0) || !Double.isFinite(local[0]) || !Double.isFinite(local[1])
                || Math.hypot(local[0], local[1]) > MAX_PROJECTION_METRES) {
            return Optional.empty();
        }
        return Optional.of(frame.toLonLat(local[0], local[1]));
    }

    /** The image's ground footprint within {@link #DEFAULT_FOOTPRINT_RANGE_METRES}; see {@link #footprint(int, int, double)}. */
    public Polygon footprint(int imageWidth, int imageHeight) {
        return footprint(imageWidth, imageHeight, DEFAULT_FOOTPRINT_RANGE_METRES);
    }

    /**
     * The part of the ground seen by an image of this size, as a lon/lat polygon (SRID 4490, exterior
     * ring counter-clockwise): the projected image corners, cut at the horizon and to
     * {@code rangeMetres} around the drone's nadir (or the calibration points' centroid). Empty when
     * no part of the image sees the ground.
     */
    public Polygon footprint(int imageWidth, int imageHeight, double rangeMetres) {
        if (imageWidth <= 0 || imageHeight <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + imageWidth + "x" + imageHeight);
        }
        if (!(rangeMetres > 0) || !Double.isFinite(rangeMetres)) {
            throw new IllegalArgumentException("range must be positive and finite, got " + rangeMetres);
        }
        return Footprint.of(imageToLocal, frame, imageWidth, imageHeight, rangeMetres);
    }

    /** Root-mean-square distance between the calibration map points and their projected image points; 0 for a drone. */
    public double rmsErrorMetres() {
        return rmsErrorMetres;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GroundProjection[origin %.6f,%.6f, rms %.3f m]", frame.originLon(),
                frame.originLat(), rmsErrorMetres);
    }
}
