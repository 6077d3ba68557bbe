package org.gridpatrol.video.detect.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.api.Zone;
import org.gridpatrol.video.api.ZoneDensity;
import org.junit.jupiter.api.Test;

/** The density service on vtest.avi, calibrated by the tuned HOG detector as a camera worker would feed it. */
class CrowdDensityServiceTest {

    private static final int W = 768;
    private static final int H = 576;
    private static final List<Zone> HALVES_AND_ALL = List.of(zone("left", 0, 384), zone("right", 384, W),
            zone("all", 0, W));

    @Test
    void calibratesFromDetectionsThenCountsPeoplePerZoneNearTheHandCounts() throws IOException {
        Path video = TestVideos.vtestOrSkip();
        Map<Integer, Integer> hand = TestVideos.handCounts();
        CrowdDensityService service = new CrowdDensityService(config(Map.of()));
        Map<Long, Map<String, Double>> answers = new LinkedHashMap<>();
        try (HogEngine hog = new HogEngine(HogSettings.tuned());
                VideoFileFrames frames = new VideoFileFrames(video.toFile());
                ZoneDensity density = service.open(W, H, HALVES_AND_ALL)) {
            for (VideoFrame frame = frames.next(); frame != null && frame.index() <= 330; frame = frames.next()) {
                // a worker analyses a few frames a second: detections on every 5th frame, none on the others
                List<Detection> detections = frame.index() % 5 == 0 && frame.index() <= 200 ? hog.detect(frame)
                        : List.of();
                answers.put(frame.index(), density.update(frame, detections));
            }
        }
        assertThat(service.openCount()).as("closing forgets the camera").isZero();
        assertThat(answers.get(0L)).as("no estimate before calibration").isEmpty();
        assertThat(answers.get(20L)).as("still learning the background").isEmpty();
        assertThat(answers.get(330L)).containsOnlyKeys("left", "right", "all");

        double absoluteError = 0;
        int compared = 0;
        for (long index = 60; index <= 330; index++) {
            Map<String, Double> zones = answers.get(index);
            assertThat(zones.values()).allSatisfy(people -> assertThat(people).isFinite().isNotNegative());
            // the halves partition the frame (up to the shared edge column)
            assertThat(zones.get("left") + zones.get("right")).isCloseTo(zones.get("all"),
                    within(0.05 * zones.get("all") + 0.2));
            Integer counted = hand.get((int) index);
            if (counted != null) {
                System.err.printf("frame %d: hand %d, density %.2f%n", index, counted, zones.get("all"));
                absoluteError += Math.abs(zones.get("all") - counted);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(10);
        assertThat(absoluteError / compared).as("mean absolute error against hand counts").isLessThan(2.5);
    }

    @Test
    void closingFromAnotherThreadFreesItAndLaterUpdatesAnswerNothing() throws Exception {
        CrowdDensityService service = new CrowdDensityService(config(Map.of("warmupFrames", 0)));
        ZoneDensity density = service.open(64, 48, List.of(zone("all", 0, 64)));
        VideoFrame grey = new VideoFrame(64, 48, new byte[64 * 48 * 3], 0, Instant.EPOCH);
        assertThat(density.update(grey, List.of())).isEmpty();
        assertThatThrownBy(() -> density.update(new VideoFrame(32, 48, new byte[32 * 48 * 3], 1, Instant.EPOCH),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64x48");

        Thread closer = new Thread(density::close);
        closer.start();
        closer.join(10_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(service.openCount()).isZero();
        assertThat(density.update(grey, List.of())).isEmpty();
        density.close();
    }

    @Test
    void deactivationClosesEstimatorsCamerasLeftOpen() {
        CrowdDensityService service = new CrowdDensityService(config(Map.of()));
        List<ZoneDensity> cameras = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cameras.add(service.open(80, 60, List.of(zone("z", 0, 40))));
        }
        assertThat(service.openCount()).isEqualTo(3);
        service.deactivate();
        assertThat(service.openCount()).isZero();
        VideoFrame frame = new VideoFrame(80, 60, new byte[80 * 60 * 3], 0, Instant.EPOCH);
        assertThat(cameras).allSatisfy(camera -> assertThat(camera.update(frame, List.of())).isEmpty());
    }

    @Test
    void badConfigurationAndImageSizesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new CrowdDensityService(config(Map.of("calibrationScore", 1.5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("calibrationScore");
        assertThatThrownBy(() -> new CrowdDensityService(config(Map.of("refitEvery", 1000))))
                .hasMessageStartingWith("refitEvery");
        assertThatThrownBy(() -> new CrowdDensityService(config(Map.of("maxSamples", 2))))
                .hasMessageStartingWith("maxSamples");
        CrowdDensityService service = new CrowdDensityService(config(Map.of()));
        assertThatThrownBy(() -> service.open(0, 10, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x10");
        assertThat(service.openCount()).isZero();
    }

    private static Zone zone(String id, int fromX, int toX) {
        return new Zone(id, id, List.of(new ImagePoint(fromX, 0), new ImagePoint(toX, 0), new ImagePoint(toX, H),
                new ImagePoint(fromX, H)), 5, 1, 1, 0, 0);
    }

    /** A Config as DS would build it: the annotation's defaults, with some values overridden. */
    private static CrowdDensityService.Config config(Map<String, Object> overrides) {
        return (CrowdDensityService.Config) Proxy.newProxyInstance(CrowdDensityService.Config.class.getClassLoader(),
                new Class<?>[] {CrowdDensityService.Config.class},
                (proxy, method, args) -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                        : method.getDefaultValue());
    }
}
