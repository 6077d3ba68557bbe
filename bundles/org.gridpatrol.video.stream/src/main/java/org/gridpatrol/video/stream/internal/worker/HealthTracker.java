package org.gridpatrol.video.stream.internal.worker;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraState;

/**
 * One camera's health, written by its decode and analysis threads and read by anyone. A change of
 * state or reason is reported to the listener (which posts the HEALTH event) once, not per frame.
 */
public final class HealthTracker {

    private static final double RATE_WINDOW_SECONDS = 5;

    private final String cameraCode;
    private final Clock clock;
    private final Consumer<CameraHealth> onTransition;
    private final RateMeter decoded = new RateMeter(RATE_WINDOW_SECONDS);
    private final RateMeter analysed = new RateMeter(RATE_WINDOW_SECONDS);
    private volatile LongSupplier droppedFrames = () -> 0;
    private CameraState state;
    private String reason;
    private Instant since;
    private volatile Instant lastFrameAt;
    private volatile int lastCount;

    public HealthTracker(String cameraCode, CameraState initial, String reason, Clock clock,
            Consumer<CameraHealth> onTransition) {
        this.cameraCode = cameraCode;
        this.clock = clock;
        this.onTransition = onTransition;
        this.state = initial;
        this.reason = reason;
        this.since = clock.instant();
    }

    /** Moves to a state; reports it when the state or the reason changed. */
    public void moveTo(CameraState newState, String newReason) {
        CameraHealth changed;
        synchronized (this) {
            if (state == newState && Objects.equals(reason, newReason)) {
                return;
            }
            if (state != newState) {
                since = clock.instant();
            }
            state = newState;
            reason = newReason;
            if (newState != CameraState.ONLINE) {
                decoded.clear();
                analysed.clear();
            }
            changed = snapshot();
        }
        onTransition.accept(changed);
    }

    public synchronized CameraState state() {
        return state;
    }

    public void frameDecoded(Instant at) {
        lastFrameAt = at;
        decoded.record(System.nanoTime());
    }

    public void frameAnalysed(int peopleCount) {
        lastCount = peopleCount;
        analysed.record(System.nanoTime());
    }

    public void countDropsFrom(LongSupplier dropped) {
        this.droppedFrames = dropped;
    }

    public synchronized CameraHealth snapshot() {
        long now = System.nanoTime();
        return new CameraHealth(cameraCode, state, reason, since, lastFrameAt, decoded.rate(now), analysed.rate(now),
                droppedFrames.getAsLong(), lastCount);
    }
}
