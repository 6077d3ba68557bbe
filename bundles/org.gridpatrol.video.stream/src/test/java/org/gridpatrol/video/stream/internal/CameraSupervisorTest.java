package org.gridpatrol.video.stream.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraHealth;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.PointPair;
import org.gridpatrol.video.api.VideoAlerts;
import org.gridpatrol.video.api.Zone;
import org.gridpatrol.video.stream.internal.events.VideoEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;

/** vtest.avi as a looping file camera through the real supervisor, workers, HOG, zone rules and events. */
class CameraSupervisorTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static HogPersonDetector hog;
    private Path vtest;
    private PipelineFixture pipeline;

    @BeforeAll
    static void detector() {
        hog = new HogPersonDetector();
    }

    @BeforeEach
    void start() {
        vtest = TestVideo.vtest();
        pipeline = new PipelineFixture(hog);
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void fileCameraRaisesCrowdAlertWithSnapshotWhileBrokenCamerasFailAlone(@TempDir Path temp) throws IOException {
        Path corrupt = temp.resolve("corrupt.avi");
        byte[] noise = new byte[200_000];
        new Random(5).nextBytes(noise);
        Files.write(corrupt, noise);

        pipeline.registry.save(Cameras.fixed("good", vtest.toString(), List.of(Cameras.wholeImage(2))));
        pipeline.registry.save(Cameras.fixed("malformed", "rtsp://:554/", List.of()));
        pipeline.registry.save(Cameras.fixed("corrupt", corrupt.toUri().toString(), List.of()));

        pipeline.awaitState("malformed", CameraState.UNHEALTHY, LIMIT);
        assertThat(pipeline.health("malformed").orElseThrow().reason()).startsWith("mainStreamUrl").contains("no host");
        pipeline.awaitState("corrupt", CameraState.OFFLINE, LIMIT);
        assertThat(pipeline.health("corrupt").orElseThrow().reason()).contains("cannot open").contains("corrupt.avi");
        pipeline.awaitState("good", CameraState.ONLINE, LIMIT);

        Event start = awaitAlert("good", "start");
        assertThat(UUID.fromString((String) start.getProperty("id"))).isNotNull();
        assertThat(start.getProperty("zone")).isEqualTo("square");
        assertThat(start.getProperty("kind")).isEqualTo("CROWD");
        assertThat((Integer) start.getProperty("count")).isGreaterThanOrEqualTo(2);
        assertThat((Double) start.getProperty("lon")).isNaN();
        assertThat(start.getProperty("grid")).as("camera's own grid without a position").isEqualTo("330381001001001");
        assertThat(Instant.parse((String) start.getProperty("time"))).isBefore(Instant.now().plusSeconds(1));
        BufferedImage snapshot = ImageIO.read(new ByteArrayInputStream((byte[]) start.getProperty("snapshot")));
        assertThat(snapshot.getWidth()).isEqualTo(768);
        assertThat(snapshot.getHeight()).isEqualTo(576);

        List<Event> counts = pipeline.events.cameraEvents(VideoAlerts.TOPIC_ZONE_COUNT, "good");
        assertThat(counts).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getProperty("zone")).isEqualTo("square");
            assertThat((Integer) event.getProperty("count")).isNotNegative();
        });

        // the good camera keeps analysing after the broken ones failed
        Instant seen = pipeline.health("good").orElseThrow().lastFrameAt();
        Waits.until(LIMIT, "good camera keeps decoding",
                () -> pipeline.health("good").orElseThrow().lastFrameAt().isAfter(seen), () -> pipeline.health("good"));
        CameraHealth good = pipeline.health("good").orElseThrow();
        assertThat(good.decodeFps()).isPositive();
        assertThat(good.analysisFps()).isPositive();
        assertThat(pipeline.events.cameraEvents(VideoEvents.TOPIC_HEALTH, "malformed"))
                .anySatisfy(event -> assertThat(event.getProperty("state")).isEqualTo("UNHEALTHY"));

        BufferedImage latest = ImageIO.read(new ByteArrayInputStream(
                pipeline.supervisor.latestJpeg("good", true).orElseThrow()));
        assertThat(latest.getWidth()).isEqualTo(768);
        assertThat(pipeline.supervisor.latestJpeg("malformed", true)).isEmpty();
    }

    @Test
    void calibratedCameraPutsTheAlertOnTheMapInsideTheCalibratedArea() {
        // the image corners mapped onto a ~100 m square; every foot point projects inside it
        List<PointPair> calibration = List.of(new PointPair(0, 0, 120.6000, 27.8010), new PointPair(768, 0, 120.6010, 27.8010),
                new PointPair(768, 576, 120.6010, 27.8000), new PointPair(0, 576, 120.6000, 27.8000));
        pipeline.registry.save(Cameras.camera("geo", CameraType.FIXED, vtest.toString(), "hog", 3, true,
                List.of(Cameras.wholeImage(2)), calibration));

        Event start = awaitAlert("geo", "start");
        assertThat((Double) start.getProperty("lon")).isBetween(120.6000, 120.6010);
        assertThat((Double) start.getProperty("lat")).isBetween(27.8000, 27.8010);
    }

    @Test
    void registerChangesStartStopAndRestartWorkers() {
        Zone bowTie = new Zone("bow", "Bow tie", List.of(new ImagePoint(0, 0), new ImagePoint(100, 100),
                new ImagePoint(100, 0), new ImagePoint(0, 100)), 2, 1, 1, 0, 0);
        List<PointPair> threePairs = List.of(new PointPair(0, 0, 120.6, 27.8), new PointPair(10, 0, 120.61, 27.8),
                new PointPair(0, 10, 120.6, 27.81));
        pipeline.registry.save(Cameras.fixed("zones", vtest.toString(), List.of(bowTie)));
        pipeline.registry.save(Cameras.camera("calib", CameraType.FIXED, vtest.toString(), "hog", 3, true, List.of(),
                threePairs));
        pipeline.registry.save(Cameras.camera("later", CameraType.FIXED, vtest.toString(), "later", 3, true, List.of(),
                List.of()));

        pipeline.awaitState("zones", CameraState.UNHEALTHY, LIMIT);
        assertThat(pipeline.health("zones").orElseThrow().reason()).startsWith("zones[0]");
        pipeline.awaitState("calib", CameraState.UNHEALTHY, LIMIT);
        assertThat(pipeline.health("calib").orElseThrow().reason()).startsWith("calibration");
        pipeline.awaitState("later", CameraState.UNHEALTHY, LIMIT);
        assertThat(pipeline.health("later").orElseThrow().reason()).contains("'later'");

        // the detector it names arrives: the camera starts on its own
        pipeline.supervisor.addDetector(new HogPersonDetector(), Map.of(PersonDetector.NAME, "later"));
        pipeline.awaitState("later", CameraState.ONLINE, LIMIT);

        // fixing the zone restarts the camera
        pipeline.registry.save(Cameras.fixed("zones", vtest.toString(), List.of(Cameras.wholeImage(3))));
        pipeline.awaitState("zones", CameraState.ONLINE, LIMIT);

        Camera later = pipeline.registry.find("later").orElseThrow();
        pipeline.registry.save(Cameras.camera("later", CameraType.FIXED, later.mainStreamUrl(), "later", 3, false,
                List.of(), List.of()));
        pipeline.awaitState("later", CameraState.DISABLED, LIMIT);
        pipeline.registry.delete("zones");
        Waits.until(LIMIT, "deleted camera forgotten", () -> pipeline.health("zones").isEmpty(),
                () -> pipeline.health("zones"));
        assertThat(pipeline.supervisor.health()).extracting(CameraHealth::cameraCode).containsExactly("calib", "later");
    }

    private Event awaitAlert(String camera, String state) {
        Waits.until(Duration.ofSeconds(60), "ALERT " + state + " from " + camera,
                () -> alerts(camera, state).size() > 0, () -> pipeline.health(camera));
        return alerts(camera, state).get(0);
    }

    private List<Event> alerts(String camera, String state) {
        return pipeline.events.cameraEvents(VideoAlerts.TOPIC_ALERT, camera).stream()
                .filter(event -> state.equals(event.getProperty("state"))).toList();
    }
}
