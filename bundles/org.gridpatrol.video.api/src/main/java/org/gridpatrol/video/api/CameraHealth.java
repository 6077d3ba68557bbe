package org.gridpatrol.video.api;

import java.time.Instant;

/**
 * A camera's health: its state since {@code since}, the {@code reason} for OFFLINE/UNHEALTHY, the
 * last decoded frame's time (null before the first), decode and analysis rates in frames/s over
 * the last seconds, frames dropped because analysis fell behind, and the people counted in the
 * last analysed frame.
 */
public record CameraHealth(String cameraCode, CameraState state, String reason, Instant since, Instant lastFrameAt,
        double decodeFps, double analysisFps, long droppedFrames, int lastCount) {
}
