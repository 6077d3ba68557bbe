package org.gridpatrol.video.stream.internal.live;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The one shared latest frame per camera: camera workers publish, snapshots, the frame endpoint
 * and every live-view client read the same object, so nothing is decoded or rendered per client.
 */
@Component(service = LiveFrameHub.class)
public final class LiveFrameHub {

    private final FrameRenderer renderer;
    private final Map<String, LiveFrame> latest = new HashMap<>();
    private long sequence;

    @Activate
    public LiveFrameHub() {
        this.renderer = new FrameRenderer();
    }

    public synchronized LiveFrame publish(AnalysedFrame analysed) {
        LiveFrame frame = new LiveFrame(analysed, ++sequence, renderer);
        latest.put(analysed.cameraCode(), frame);
        notifyAll();
        return frame;
    }

    public synchronized Optional<LiveFrame> latest(String cameraCode) {
        return Optional.ofNullable(latest.get(cameraCode));
    }

    /** Forgets a camera's frame (camera removed or disabled); waiting viewers see no newer frame. */
    public synchronized void remove(String cameraCode) {
        latest.remove(cameraCode);
        notifyAll();
    }

    /**
     * Waits until the camera has a frame newer than {@code afterSequence}; empty when none came
     * within {@code timeout}.
     */
    public synchronized Optional<LiveFrame> awaitNewer(String cameraCode, long afterSequence, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            LiveFrame frame = latest.get(cameraCode);
            if (frame != null && frame.sequence() > afterSequence) {
                return Optional.of(frame);
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return Optional.empty();
            }
            wait(remainingMillis);
        }
    }
}
