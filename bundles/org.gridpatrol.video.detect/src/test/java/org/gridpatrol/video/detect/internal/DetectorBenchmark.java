package org.gridpatrol.video.detect.internal;

import static org.bytedeco.opencv.global.opencv_core.setNumThreads;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gridpatrol.video.api.VideoFrame;

/**
 * Speed, memory and count accuracy of OpenCV's HOG defaults (baseline) against the tuned HOG and the
 * density estimate on vtest.avi's hand-labelled frames, in one run:
 * {@code mvn -B -o -q -f bundles/org.gridpatrol.video.detect/pom.xml -Pbench test-compile exec:exec}.
 * Frames are decoded once beforehand: the figures are detection-only frames/s at 768×576.
 */
public final class DetectorBenchmark {

    private static final int PASSES = 3;

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path video = TestVideos.findVtest().orElseThrow(() -> new IllegalStateException("vtest.avi not found"));
        Map<Integer, Integer> labels = TestVideos.handCounts();
        try (HogEngine warmUp = new HogEngine(withThreads(HogSettings.opencvDefaults(), 1))) {
            // loads the OpenCV libraries once, so they are not charged to the first detector measured
            warmUp.settings();
        }
        long rssStart = rssBytes();
        List<VideoFrame> frames = new ArrayList<>();
        try (VideoFileFrames source = new VideoFileFrames(video.toFile())) {
            for (int index : labels.keySet()) {
                frames.add(source.frameAt(index));
            }
        }
        long rssDecoder = rssBytes();
        out.printf("video %s, %d labelled frames, %d cores%n", video, frames.size(),
                Runtime.getRuntime().availableProcessors());
        out.printf("decoder + %d decoded frames: RSS +%.0f MB%n", frames.size(), mb(rssDecoder - rssStart));
        out.println("detector     | MAE  | bias  | 1 camera, 1 thread | 1 camera, 2 threads | 2 cameras x 1 thread"
                + " (total) | RSS per detector");
        for (String name : List.of("hog-default", "hog-tuned")) {
            HogSettings settings = name.equals("hog-default") ? HogSettings.opencvDefaults() : HogSettings.tuned();
            long before = rssBytes();
            double mae;
            double bias;
            double oneCamera;
            double oneCameraTwoThreads;
            double twoCameras;
            long rssPerDetector;
            try (HogEngine one = new HogEngine(withThreads(settings, 1))) {
                setNumThreads(1);
                one.detect(frames.get(0));
                rssPerDetector = rssBytes() - before;
                double[] errors = accuracy(one, frames, labels);
                mae = errors[0];
                bias = errors[1];
                oneCamera = framesPerSecond(one, frames);
                setNumThreads(2);
                oneCameraTwoThreads = framesPerSecond(one, frames);
            }
            try (HogEngine shared = new HogEngine(withThreads(settings, 2))) {
                setNumThreads(1);
                twoCameras = twoCameras(shared, frames);
            }
            out.printf("%-12s | %.2f | %+.2f | %6.1f frames/s     | %6.1f frames/s      | %6.1f frames/s          "
                    + "| %.0f MB%n", name, mae, bias, oneCamera, oneCameraTwoThreads, twoCameras, mb(rssPerDetector));
        }
        setNumThreads(2);
        leakCheck(out, frames);
        density(out, video.toFile(), labels);
    }

    private static double[] accuracy(HogEngine engine, List<VideoFrame> frames, Map<Integer, Integer> labels) {
        double error = 0;
        double bias = 0;
        for (VideoFrame frame : frames) {
            int diff = engine.detect(frame).size() - labels.get((int) frame.index());
            error += Math.abs(diff);
            bias += diff;
        }
        return new double[] {error / frames.size(), bias / frames.size()};
    }

    private static double framesPerSecond(HogEngine engine, List<VideoFrame> frames) {
        long start = System.nanoTime();
        for (int pass = 0; pass < PASSES; pass++) {
            frames.forEach(engine::detect);
        }
        return PASSES * frames.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** Two camera workers, each on its own thread, each analysing every frame: total frames/s. */
    private static double twoCameras(HogEngine engine, List<VideoFrame> frames) throws Exception {
        ExecutorService cameras = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int camera = 0; camera < 2; camera++) {
                done.add(cameras.submit(() -> {
                    for (int pass = 0; pass < PASSES; pass++) {
                        frames.forEach(engine::detect);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return 2.0 * PASSES * frames.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            cameras.shutdown();
        }
    }

    /** 500 detections: resident memory must not keep growing (native Mats are freed every frame). */
    private static void leakCheck(PrintStream out, List<VideoFrame> frames) {
        try (HogEngine engine = new HogEngine(withThreads(HogSettings.tuned(), 1))) {
            long after100 = 0;
            for (int i = 1; i <= 500; i++) {
                engine.detect(frames.get(i % frames.size()));
                if (i == 100) {
                    System.gc();
                    after100 = rssBytes();
                }
            }
            System.gc();
            out.printf("leak check (tuned HOG): RSS after 100 frames %.0f MB, after 500 frames %.0f MB (%+.1f MB)%n",
                    mb(after100), mb(rssBytes()), mb(rssBytes() - after100));
        }
    }

    private static void density(PrintStream out, File video, Map<Integer, Integer> labels) throws IOException {
        List<Long> frames = labels.keySet().stream().map(Integer::longValue).toList();
        long start = System.nanoTime();
        try (HogEngine hog = new HogEngine(HogSettings.tuned())) {
            Map<Long, Integer> counts = FrameCounter.countDensity(video, frames, hog, 300);
            double error = 0;
            double bias = 0;
            for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                int diff = e.getValue() - labels.get(e.getKey().intValue());
                error += Math.abs(diff);
                bias += diff;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("density (MOG2 foreground / perspective, calibrated from tuned HOG on frames 20-300): MAE %.2f,"
                    + " bias %+.2f; %.1f s for calibration + %d decoded frames%n", error / counts.size(),
                    bias / counts.size(), seconds, frames.get(frames.size() - 1) + 1);
        }
    }

    private static HogSettings withThreads(HogSettings s, int threads) {
        return new HogSettings(s.upscale(), s.farBandBottom(), s.hitThreshold(), s.winStride(), s.padding(),
                s.scale(), s.groupThreshold(), s.nmsIou(), s.minScore(), s.grayscale(), threads);
    }

    private static long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
