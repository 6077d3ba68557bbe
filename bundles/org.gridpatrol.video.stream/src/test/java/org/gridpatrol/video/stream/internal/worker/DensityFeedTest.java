package org.gridpatrol.video.stream.internal.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.CrowdDensity;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.VideoAlerts;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.api.Zone;
import org.gridpatrol.video.api.ZoneDensity;
import org.gridpatrol.video.detect.internal.CrowdDensityService;
import org.gridpatrol.video.stream.internal.Cameras;
import org.gridpatrol.video.stream.internal.HogPersonDetector;
import org.gridpatrol.video.stream.internal.PipelineFixture;
import org.gridpatrol.video.stream.internal.TestVideo;
import org.gridpatrol.video.stream.internal.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/**
 * vtest.avi through the real supervisor and workers with the detect bundle's real density service
 * arriving while the camera runs, then leaving, then the camera stopping.
 */
class DensityFeedTest {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private PipelineFixture pipeline;

    @AfterEach
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void zoneCountsGainADensityWhenTheServiceArrivesAndItsEstimatorIsClosedWhenItLeavesOrTheCameraStops() {
        String vtest = TestVideo.vtest().toString();
        pipeline = new PipelineFixture(new HogPersonDetector());
        CountingDensity density = new CountingDensity(new CrowdDensityService(config(Map.of("warmupFrames", 5))));
        pipeline.registry.save(Cameras.camera("dense", CameraType.FIXED, vtest, "hog", 5, true,
                List.of(Cameras.wholeImage(100)), List.of()));
        pipeline.awaitState("dense", CameraState.ONLINE, LIMIT);
        Waits.until(LIMIT, "a zone count without density", () -> !zoneCounts().isEmpty(), this::zoneCounts);
        assertThat(zoneCounts()).allSatisfy(event -> assertThat(event.getProperty("density")).isNull());

        pipeline.supervisor.setCrowdDensity(density);
        Waits.until(LIMIT, "a zone count with a density", () -> zoneCounts().stream()
                .anyMatch(event -> event.getProperty("density") != null), this::zoneCounts);
        assertThat(density.opened.get()).isEqualTo(1);
        assertThat(density.updated.get()).isPositive();

        List<Event> counts = zoneCounts();
        assertThat(counts).allSatisfy(event -> {
            assertThat(event.getProperty("zone")).isEqualTo("square");
            assertThat((Integer) event.getProperty("count")).isNotNegative();
            Object people = event.getProperty("density");
            if (people != null) {
                assertThat(people).isInstanceOf(Double.class);
                double value = (Double) people;
                assertThat(value).isFinite().isNotNegative();
                assertThat(value * 10).as("rounded to 0.1").isCloseTo(Math.rint(value * 10),
                        org.assertj.core.api.Assertions.within(1e-9));
            }
        });
        for (int i = 1; i < counts.size(); i++) {
            Instant previous = Instant.parse((String) counts.get(i - 1).getProperty("time"));
            Instant next = Instant.parse((String) counts.get(i).getProperty("time"));
            assertThat(Duration.between(previous, next)).as("at most one count per second per zone")
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }

        pipeline.supervisor.unsetCrowdDensity(density);
        Waits.until(LIMIT, "estimator closed after the service left", () -> density.closed.get() == 1,
                () -> density.closed);
        int eventsBefore = zoneCounts().size();
        pipeline.supervisor.setCrowdDensity(density);
        Waits.until(LIMIT, "estimator reopened when the service came back", () -> density.opened.get() == 2,
                () -> density.opened);
        assertThat(pipeline.health("dense").orElseThrow().state()).isEqualTo(CameraState.ONLINE);

        pipeline.close();
        pipeline = null;
        assertThat(density.closed.get()).as("camera stop closes its estimator").isEqualTo(2);
        assertThat(eventsBefore).isPositive();
    }

    private List<Event> zoneCounts() {
        return pipeline.events.cameraEvents(VideoAlerts.TOPIC_ZONE_COUNT, "dense");
    }

    /** The real service, counting what the workers do with it. */
    private static final class CountingDensity implements CrowdDensity {

        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        private final CrowdDensity real;

        CountingDensity(CrowdDensity real) {
            this.real = real;
        }

        @Override
        public ZoneDensity open(int width, int height, List<Zone> zones) {
            ZoneDensity estimator = real.open(width, height, zones);
            opened.incrementAndGet();
            return new ZoneDensity() {
                @Override
                public Map<String, Double> update(VideoFrame frame, List<Detection> detections) {
                    updated.incrementAndGet();
                    return estimator.update(frame, detections);
                }

                @Override
                public void close() {
                    estimator.close();
                    closed.incrementAndGet();
                }
            };
        }
    }

    private static CrowdDensityService.Config config(Map<String, Object> overrides) {
        return (CrowdDensityService.Config) Proxy.newProxyInstance(CrowdDensityService.Config.class.getClassLoader(),
                new Class<?>[] {CrowdDensityService.Config.class},
                (proxy, method, args) -> overrides.containsKey(method.getName()) ? overrides.get(method.getName())
                        : method.getDefaultValue());
    }
}
