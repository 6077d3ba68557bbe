package org.gridpatrol.video.stream.internal.worker;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.stream.internal.ingest.FrameSource;
import org.gridpatrol.video.stream.internal.ingest.SourceException;
import org.gridpatrol.video.stream.internal.ingest.StreamAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera's two threads. The decode thread reads frames as fast as the source gives them,
 * samples them at the analysis rate into a drop-oldest queue, and reconnects with backoff; the
 * analysis thread runs {@link FrameAnalysis} on what it takes from the queue. Neither waits on the
 * other, and nothing here waits on another camera.
 */
public final class CameraWorker {

    private static final Logger LOG = LoggerFactory.getLogger(CameraWorker.class);

    private final Camera camera;
    private final StreamAddress address;
    private final SourceOpener opener;
    private final WorkerSettings settings;
    private final FrameAnalysis analysis;
    private final HealthTracker health;
    private final DropOldestQueue<VideoFrame> queue;
    private final PersonDetector detector;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final Thread decodeThread;
    private final Thread analysisThread;
    private volatile boolean running = true;

    CameraWorker(Camera camera, StreamAddress address, SourceOpener opener, WorkerSettings settings,
            PersonDetector detector, FrameAnalysis analysis, HealthTracker health) {
        this.camera = camera;
        this.address = address;
        this.opener = opener;
        this.settings = settings;
        this.detector = detector;
        this.analysis = analysis;
        this.health = health;
        this.queue = new DropOldestQueue<>(settings.queueCapacity());
        health.countDropsFrom(queue::dropped);
        this.decodeThread = new Thread(this::decodeLoop, "video-decode-" + camera.code());
        this.analysisThread = new Thread(this::analysisLoop, "video-analysis-" + camera.code());
        decodeThread.setDaemon(true);
        analysisThread.setDaemon(true);
    }

    void start() {
        analysisThread.start();
        decodeThread.start();
    }

    public Camera camera() {
        return camera;
    }

    public PersonDetector detector() {
        return detector;
    }

    public CameraHealth health() {
        return health.snapshot();
    }

    /** Stops both threads, waiting a bounded time; the decode thread closes its own grabber. */
    public void stop() {
        requestStop();
        awaitStopped();
    }

    /** Signals both threads to end, without waiting (to stop many cameras at once). */
    public void requestStop() {
        running = false;
        stopSignal.countDown();
        analysisThread.interrupt();
        decodeThread.interrupt();
    }

    public void awaitStopped() {
        join(analysisThread, settings.stopWait());
        join(decodeThread, settings.stopWait());
        queue.clear();
    }

    private void decodeLoop() {
        Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        double fps = camera.analysisFps() > 0 ? camera.analysisFps() : settings.defaultAnalysisFps();
        while (running) {
            try (FrameSource source = opener.open(address)) {
                FrameSampler sampler = new FrameSampler(fps);
                boolean online = false;
                while (running) {
                    source.advance();
                    VideoFrame sampled = null;
                    if (sampler.take(System.nanoTime())) {
                        sampled = source.copyCurrent();
                        queue.offer(sampled);
                    }
                    health.frameDecoded(sampled != null ? sampled.capturedAt() : java.time.Instant.now());
                    if (!online) {
                        online = true;
                        backoff.reset();
                        health.moveTo(CameraState.ONLINE, null);
                        LOG.info("Camera {} online: {}", camera.code(), address.display());
                    }
                }
            } catch (SourceException failed) {
                if (!running) {
                    return;
                }
                if (failed.permanent()) {
                    health.moveTo(CameraState.UNHEALTHY, failed.getMessage());
                    LOG.warn("Camera {} unhealthy, not retrying until it changes: {}", camera.code(), failed.getMessage());
                    return;
                }
                Duration delay = backoff.nextDelay();
                health.moveTo(CameraState.OFFLINE, failed.getMessage());
                LOG.warn("Camera {} offline, retrying in {} ms: {}", camera.code(), delay.toMillis(), failed.getMessage());
                awaitStop(delay);
            } catch (RuntimeException bug) {
                LOG.error("Camera {} decoder failed", camera.code(), bug);
                health.moveTo(CameraState.OFFLINE, "decoder error: " + bug);
                awaitStop(backoff.nextDelay());
            }
        }
    }

    private void analysisLoop() {
        try {
            analyseUntilStopped();
        } finally {
            analysis.close();
        }
    }

    private void analyseUntilStopped() {
        String lastProblem = null;
        while (running) {
            Optional<VideoFrame> frame;
            try {
                frame = queue.poll(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException stopped) {
                return;
            }
            if (frame.isEmpty() || !running) {
                continue;
            }
            try {
                analysis.analyse(frame.get());
                lastProblem = null;
            } catch (RuntimeException failed) {
                // A detector or rule failing on one frame must not end the camera's analysis.
                if (!String.valueOf(failed).equals(lastProblem)) {
                    LOG.warn("Camera {}: analysis of frame {} failed", camera.code(), frame.get().index(), failed);
                    lastProblem = String.valueOf(failed);
                }
            }
        }
    }

    private void awaitStop(Duration delay) {
        try {
            stopSignal.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void join(Thread thread, Duration wait) {
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("Camera {}: thread {} did not stop within {} s; it ends when its read times out",
                    camera.code(), thread.getName(), wait.toSeconds());
        }
    }
}
