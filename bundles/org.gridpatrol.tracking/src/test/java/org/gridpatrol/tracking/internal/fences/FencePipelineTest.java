package org.gridpatrol.tracking.internal.fences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.testing.Configs;
import org.gridpatrol.testing.RecordingEventAdmin;
import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceEvent;
import org.gridpatrol.tracking.api.FenceSource;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.fences.Fences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The pipeline end to end in-process: the real grid register with the demo micro-grids as fences, a
 * checkpoint with a hole from a test source, real workers, events recorded as EventAdmin would get them.
 */
class FencePipelineTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private static final String HOLE = "checkpoint:HOLE";

    @TempDir
    static Path folder;
    private static DemoGrid grid;
    private static DemoPlaces places;

    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private final TestFenceSource checkpoints = new TestFenceSource(donut());
    private final List<FencePipeline> started = new ArrayList<>();
    private GridFenceSource gridFences;

    @BeforeAll
    static void loadGrid() throws Exception {
        grid = new DemoGrid(folder);
        places = new DemoPlaces(grid);
    }

    @AfterAll
    static void closeGrid() {
        grid.close();
    }

    @AfterEach
    void stop() {
        started.forEach(FencePipeline::deactivate);
    }

    @Test
    void crossingASharedEdgeExitsOneMicroGridAndEntersTheOther() throws Exception {
        FencePipeline pipeline = start(events, Map.of());
        String west = "grid:" + places.west.code();
        String east = "grid:" + places.east.code();

        submit(pipeline, report("P1", 0, places.across(-120)));
        assertThat(pipeline.fencesOf("P1")).contains(west).doesNotContain(east);
        assertThat(events.events(FenceEvent.TOPIC)).as("first report settles silently").isEmpty();

        submit(pipeline, report("P1", 30, places.across(-60)), report("P1", 60, places.across(40)));
        assertThat(events.events(FenceEvent.TOPIC)).isEmpty();
        submit(pipeline, report("P1", 90, places.across(80)));

        assertThat(transitions("P1")).containsExactly(tuple(west, "EXIT"), tuple(east, "ENTER"));
        Event enter = events.events(FenceEvent.TOPIC).get(1);
        Coordinate at = places.across(80);
        assertThat(enter.getProperty("unit")).isEqualTo("P1");
        assertThat(enter.getProperty("fenceName")).isEqualTo(places.east.name());
        assertThat(enter.getProperty("source")).isEqualTo(Fence.GRID);
        assertThat(enter.getProperty("time")).isEqualTo("2026-11-22T08:01:30Z");
        assertThat(enter.getProperty("lon")).isEqualTo(at.x);
        assertThat(enter.getProperty("lat")).isEqualTo(at.y);
        assertThat(pipeline.fencesOf("P1")).contains(east).doesNotContain(west)
                .contains("grid:" + places.east.parentCode());
        assertThat(pipeline.unitsInside(east)).containsExactly("P1");
        assertThat(pipeline.unitsInside(west)).isEmpty();
    }

    @Test
    void dwellIsPostedOnceAStayReachesTheDwellTime() throws Exception {
        FencePipeline pipeline = start(events, Map.of("dwellMinutes", 10.0));
        String east = "grid:" + places.east.code();
        submit(pipeline, report("P1", 0, places.across(-100)), report("P1", 60, places.across(100)),
                report("P1", 120, places.across(110)));
        assertThat(transitions("P1", east)).containsExactly(tuple(east, "ENTER"));
        events.clear();

        // The stay began at t=60 with the first report of the streak that settled it.
        submit(pipeline, report("P1", 600, places.across(120)), report("P1", 659, places.across(130)));
        assertThat(transitions("P1", east)).isEmpty();
        submit(pipeline, report("P1", 660, places.across(120)), report("P1", 1500, places.across(140)));
        assertThat(transitions("P1", east)).containsExactly(tuple(east, "DWELL"));
        // The parent grid held the unit since its first report (settled silently): its stay is older.
        assertThat(transitions("P1", "grid:" + places.east.parentCode())).containsExactly(
                tuple("grid:" + places.east.parentCode(), "DWELL"));
    }

    @Test
    void jitterAlongTheSharedEdgeWithinTheHysteresisProducesNoTransitions() throws Exception {
        // Dwell out of reach: any event would be flapping.
        FencePipeline pipeline = start(events, Map.of("hysteresisMetres", 5.0, "dwellMinutes", 120.0));
        submit(pipeline, jitter().toArray(Position[]::new));

        assertThat(events.events(FenceEvent.TOPIC)).isEmpty();
        assertThat(pipeline.fencesOf("P1")).contains("grid:" + places.west.code());
    }

    @Test
    void withoutHysteresisTheSameJitterFlaps() throws Exception {
        FencePipeline pipeline = start(events, Map.of("hysteresisMetres", 0.0, "dwellMinutes", 120.0));
        submit(pipeline, jitter().toArray(Position[]::new));

        assertThat(transitions("P1", "grid:" + places.east.code())).hasSizeGreaterThan(10);
    }

    /** 200 reports within 4 m either side of the shared edge, sides at random, after one deep in west. */
    private static List<Position> jitter() {
        Random random = new Random(7);
        List<Position> reports = new ArrayList<>();
        reports.add(report("P1", 0, places.across(-100)));
        for (int i = 1; i <= 200; i++) {
            double across = (random.nextBoolean() ? 1 : -1) * (0.5 + random.nextDouble() * 3.5);
            reports.add(report("P1", i * 5L, places.across(across, (i % 40) - 20)));
        }
        return reports;
    }

    @Test
    void aCheckpointWithAHoleIsLeftIntoTheHoleAndEnteredFromIt() throws Exception {
        FencePipeline pipeline = start(events, Map.of());
        Metric centre = places.roomyCentre;
        submit(pipeline, centre.report("P1", T0, -300, 0), centre.report("P1", T0.plusSeconds(30), -120, 0),
                centre.report("P1", T0.plusSeconds(60), -100, 0));
        assertThat(transitions("P1")).containsExactly(tuple(HOLE, "ENTER"));
        assertThat(pipeline.fencesOf("P1")).contains(HOLE, "grid:" + places.roomy.code());

        submit(pipeline, centre.report("P1", T0.plusSeconds(90), -10, 0), centre.report("P1", T0.plusSeconds(120), 10, 5));
        assertThat(transitions("P1")).containsExactly(tuple(HOLE, "ENTER"), tuple(HOLE, "EXIT"));
        assertThat(pipeline.unitsInside(HOLE)).isEmpty();

        submit(pipeline, centre.report("P1", T0.plusSeconds(150), 100, 0), centre.report("P1", T0.plusSeconds(180), 110, 20));
        assertThat(transitions("P1")).containsExactly(tuple(HOLE, "ENTER"), tuple(HOLE, "EXIT"), tuple(HOLE, "ENTER"));
        assertThat(pipeline.unitsInside(HOLE)).containsExactly("P1");
    }

    @Test
    void aFastPassThroughTheCheckpointBetweenTwoReportsIsACross() throws Exception {
        FencePipeline pipeline = start(events, Map.of());
        Metric centre = places.roomyCentre;
        submit(pipeline, centre.report("V1", T0, -320, 30), centre.report("V1", T0.plusSeconds(10), -250, 30),
                centre.report("V1", T0.plusSeconds(20), 250, 30), centre.report("V1", T0.plusSeconds(30), 320, 30));

        assertThat(transitions("V1")).containsExactly(tuple(HOLE, "CROSS"));
        assertThat(events.events(FenceEvent.TOPIC).get(0).getProperty("time")).isEqualTo("2026-11-22T08:00:20Z");
        assertThat(pipeline.fencesOf("V1")).doesNotContain(HOLE);
    }

    @Test
    void eachUnitsTransitionsComeInReportOrderUnderConcurrentSubmission() throws Exception {
        FencePipeline pipeline = start(events, Map.of("workers", 3));
        int threads = 4;
        int unitsPerThread = 10;
        int rounds = 12;
        List<Thread> submitters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            submitters.add(new Thread(() -> {
                for (int step = 0; step <= rounds * 2; step++) {
                    List<Position> batch = new ArrayList<>();
                    for (int u = 0; u < unitsPerThread; u++) {
                        // Step 0 settles in west; then two reports per side, east first.
                        boolean east = step > 0 && ((step - 1) / 2) % 2 == 0;
                        double metres = (east ? 60 : -60) - u;
                        batch.add(report("U" + thread + "-" + u, step * 10L, places.across(metres, u * 3)));
                    }
                    pipeline.accepted(batch);
                }
            }));
        }
        submitters.forEach(Thread::start);
        for (Thread submitter : submitters) {
            submitter.join();
        }
        pipeline.drained().get(30, TimeUnit.SECONDS);

        String west = "grid:" + places.west.code();
        String east = "grid:" + places.east.code();
        List<Object> expected = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            boolean toEast = round % 2 == 0;
            expected.add(tuple(toEast ? west : east, "EXIT"));
            expected.add(tuple(toEast ? east : west, "ENTER"));
        }
        assertThat(pipeline.droppedPositions()).isZero();
        for (int t = 0; t < threads; t++) {
            for (int u = 0; u < unitsPerThread; u++) {
                String unit = "U" + t + "-" + u;
                assertThat(transitions(unit)).as(unit).containsExactlyElementsOf(expected.stream()
                        .map(org.assertj.core.groups.Tuple.class::cast).toList());
                assertThat(pipeline.fencesOf(unit)).as(unit).contains(rounds % 2 == 0 ? west : east);
            }
        }
    }

    @Test
    void anIndexSwapKeepsTheMembershipsOfFencesThatRemain() throws Exception {
        FencePipeline pipeline = start(events, Map.of());
        Metric centre = places.roomyCentre;
        submit(pipeline, centre.report("P1", T0, -300, 0), centre.report("P1", T0.plusSeconds(30), -120, 0),
                centre.report("P1", T0.plusSeconds(60), -100, 0));
        assertThat(pipeline.unitsInside(HOLE)).containsExactly("P1");
        events.clear();

        Fence elsewhere = Fences.circle("checkpoint:FAR", "Far", centre.offset(0, 300).x, centre.offset(0, 300).y, 50);
        checkpoints.set(donut(), elsewhere);
        changed(pipeline, Fence.CHECKPOINT);
        assertThat(pipeline.fence("checkpoint:FAR")).isPresent();
        assertThat(pipeline.unitsInside(HOLE)).containsExactly("P1");
        assertThat(pipeline.fencesOf("P1")).contains(HOLE, "grid:" + places.roomy.code());
        submit(pipeline, centre.report("P1", T0.plusSeconds(90), -110, 10));
        assertThat(events.events(FenceEvent.TOPIC)).as("no second ENTER after the swap").isEmpty();

        checkpoints.set(elsewhere);
        changed(pipeline, Fence.CHECKPOINT);
        assertThat(pipeline.unitsInside(HOLE)).isEmpty();
        assertThat(pipeline.fencesOf("P1")).doesNotContain(HOLE).contains("grid:" + places.roomy.code());

        checkpoints.set(donut(), elsewhere);
        changed(pipeline, Fence.CHECKPOINT);
        assertThat(pipeline.unitsInside(HOLE)).as("a fence added around a unit holds it at once").containsExactly("P1");
        assertThat(events.events(FenceEvent.TOPIC)).as("fences coming and going are no transitions").isEmpty();
    }

    @Test
    void aBurstOfChangesCostsOneRebuildAndOnlyTheChangedSourceIsAskedAgain() throws Exception {
        FencePipeline pipeline = start(events, Map.of("rebuildDelayMillis", 300L));
        TestFenceSource other = new TestFenceSource("other");
        pipeline.addSource(other);
        pipeline.rebuild().get(30, TimeUnit.SECONDS);
        int checkpointAsks = checkpoints.asked.get();
        int otherAsks = other.asked.get();

        for (int i = 0; i < 20; i++) {
            pipeline.handleEvent(new Event(FenceSource.TOPIC_CHANGED, Map.of("source", Fence.CHECKPOINT)));
        }
        pipeline.rebuild().get(30, TimeUnit.SECONDS);

        assertThat(checkpoints.asked.get() - checkpointAsks).isBetween(1, 2);
        assertThat(other.asked.get()).isEqualTo(otherAsks);
    }

    @Test
    void aGridChangeReachesTheIndexThroughTheGridFenceSource() throws Exception {
        FencePipeline pipeline = start(events, Map.of());
        grid.gridEvents.subscribe(gridFences);
        events.subscribe(FenceSource.TOPIC_CHANGED, pipeline);
        String renamed = "grid:" + places.roomy.code();
        assertThat(pipeline.fence(renamed).orElseThrow().name()).isEqualTo(places.roomy.name());

        var unit = DemoGrid.unit(places.roomy);
        grid.units.save(List.of(new org.gridpatrol.grid.api.GridUnit(unit.code(), "Renamed", unit.level(),
                unit.parentCode(), unit.geometry(), unit.worker())));
        try {
            pipeline.rebuild().get(30, TimeUnit.SECONDS);
            assertThat(events.events(FenceSource.TOPIC_CHANGED)).isNotEmpty()
                    .allSatisfy(event -> assertThat(event.getProperty("source")).isEqualTo(Fence.GRID));
            assertThat(pipeline.fence(renamed).orElseThrow().name()).isEqualTo("Renamed");
        } finally {
            grid.units.save(List.of(unit));
            pipeline.rebuild().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSourceThatFailsKeepsItsPreviousFences() throws Exception {
        FencePipeline pipeline = start(events, Map.of());
        checkpoints.failWith(new IllegalStateException("register unreachable"));
        changed(pipeline, Fence.CHECKPOINT);
        assertThat(pipeline.fence(HOLE)).isPresent();
    }

    @Test
    void aFullQueueIsCountedNotDroppedSilently() throws Exception {
        CountDownLatch posting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EventAdmin stalling = new EventAdmin() {
            @Override
            public void postEvent(Event event) {
                events.postEvent(event);
                posting.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void sendEvent(Event event) {
                postEvent(event);
            }
        };
        FencePipeline pipeline = start(stalling, Map.of("workers", 1, "queueCapacity", 5));
        pipeline.accepted(List.of(report("P1", 0, places.across(-100)), report("P1", 10, places.across(100)),
                report("P1", 20, places.across(110))));
        assertThat(posting.await(30, TimeUnit.SECONDS)).as("worker stalled in postEvent").isTrue();

        List<Position> more = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            more.add(report("P1", 30 + i * 10L, places.across(120)));
        }
        pipeline.accepted(more);
        assertThat(pipeline.droppedPositions()).isEqualTo(3);

        release.countDown();
        pipeline.drained().get(30, TimeUnit.SECONDS);
        assertThat(pipeline.fencesOf("P1")).contains("grid:" + places.east.code());
    }

    @Test
    void anInvalidConfigurationIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> new FencePipeline(events, config(Map.of("workers", 0))))
                .hasMessageContaining("workers must be from 1 to 64, was 0");
        assertThatThrownBy(() -> new FencePipeline(events, config(Map.of("hysteresisMetres", -1.0))))
                .hasMessageContaining("hysteresisMetres");
        assertThatThrownBy(() -> new FencePipeline(events, config(Map.of("dwellMinutes", 0.0))))
                .hasMessageContaining("dwellMinutes");
        assertThatThrownBy(() -> new FencePipeline(events, config(Map.of("queueCapacity", 0))))
                .hasMessageContaining("queueCapacity");
    }

    private FencePipeline start(EventAdmin eventAdmin, Map<String, Object> settings) throws Exception {
        Map<String, Object> values = new HashMap<>(Map.of("rebuildDelayMillis", 0L));
        values.putAll(settings);
        FencePipeline pipeline = new FencePipeline(eventAdmin, config(values));
        started.add(pipeline);
        gridFences = gridSource(eventAdmin);
        pipeline.addSource(gridFences);
        pipeline.addSource(checkpoints);
        pipeline.rebuild().get(60, TimeUnit.SECONDS);
        pipeline.drained().get(30, TimeUnit.SECONDS);
        return pipeline;
    }

    private static FencePipelineConfig config(Map<String, Object> values) {
        return Configs.of(FencePipelineConfig.class, values);
    }

    private static GridFenceSource gridSource(EventAdmin eventAdmin) {
        return new GridFenceSource(grid.units, eventAdmin, Configs.of(GridFencesConfig.class,
                Map.of("levels", new String[] {AdminLevel.GRID.name(), AdminLevel.MICRO_GRID.name()})));
    }

    private static void changed(FencePipeline pipeline, String source) throws Exception {
        pipeline.handleEvent(new Event(FenceSource.TOPIC_CHANGED, Map.of("source", source)));
        pipeline.rebuild().get(30, TimeUnit.SECONDS);
        pipeline.drained().get(30, TimeUnit.SECONDS);
    }

    private static void submit(FencePipeline pipeline, Position... reports) throws Exception {
        pipeline.accepted(List.of(reports));
        pipeline.drained().get(30, TimeUnit.SECONDS);
    }

    private static Position report(String unit, long seconds, Coordinate at) {
        return Metric.position(unit, T0.plusSeconds(seconds), at);
    }

    private List<org.assertj.core.groups.Tuple> transitions(String unit, String fence) {
        return transitions(unit).stream().filter(transition -> transition.toList().get(0).equals(fence)).toList();
    }

    /** The unit's transitions as (fence, transition) in the order posted. */
    private List<org.assertj.core.groups.Tuple> transitions(String unit) {
        return events.events(FenceEvent.TOPIC).stream().filter(event -> unit.equals(event.getProperty("unit")))
                .map(event -> tuple(event.getProperty("fence"), event.getProperty("transition"))).toList();
    }

    /** A 300 m square checkpoint around the roomiest micro-grid's centre with a 100 m square hole. */
    private static Fence donut() {
        GeometryFactory factory = new GeometryFactory();
        Metric c = places.roomyCentre;
        LinearRing outer = factory.createLinearRing(new Coordinate[] {c.offset(-150, -150), c.offset(150, -150),
            c.offset(150, 150), c.offset(-150, 150), c.offset(-150, -150)});
        LinearRing hole = factory.createLinearRing(new Coordinate[] {c.offset(-50, -50), c.offset(-50, 50),
            c.offset(50, 50), c.offset(50, -50), c.offset(-50, -50)});
        Geometry area = factory.createPolygon(outer, new LinearRing[] {hole});
        return Fences.polygon(HOLE, "Checkpoint with a hole", Fence.CHECKPOINT, area);
    }
}
