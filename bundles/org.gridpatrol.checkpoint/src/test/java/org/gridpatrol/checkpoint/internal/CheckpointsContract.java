package org.gridpatrol.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.CheckpointLevel;
import org.gridpatrol.checkpoint.api.Checkpoints;
import org.gridpatrol.checkpoint.api.FenceShape;
import org.gridpatrol.geo.internal.GaussKrugerMeasurement;
import org.gridpatrol.testing.TestStores;
import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.osgi.service.event.Event;

/** What {@link JdbcCheckpoints} promises, run against each real store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CheckpointsContract {

    private final GaussKrugerMeasurement measurement = new GaussKrugerMeasurement();
    private Capability capability;
    private JdbcCheckpoints checkpoints;

    abstract TestStores.OpenStore openStore() throws Exception;

    @BeforeAll
    void open() throws Exception {
        capability = new Capability(openStore());
        checkpoints = capability.checkpoints;
    }

    @AfterAll
    void close() {
        if (capability != null) {
            capability.close();
        }
    }

    @BeforeEach
    void empty() throws Exception {
        capability.clear();
    }

    @Test
    void aCircleIsStoredWithItsFenceAndGrid() {
        Checkpoint saved = checkpoints.save(List.of(Shapes.circle("KD-1", 100))).get(0);
        Checkpoint read = checkpoints.find("KD-1").orElseThrow();

        assertThat(read.name()).isEqualTo("卡点KD-1");
        assertThat(read.level()).isEqualTo(CheckpointLevel.VILLAGE);
        assertThat(read.shape()).isEqualTo(FenceShape.CIRCLE);
        assertThat(read.outline()).isNull();
        assertThat(read.gridCode()).isEqualTo(Territory.WEST_MICRO).isEqualTo(saved.gridCode());
        assertThat(read.fence().equalsExact(saved.fence(), 1e-9)).isTrue();
        assertThat(read.location().getX()).isEqualTo(Shapes.LON);
        // Measured in the Gauss-Krüger zone, independently of how the fence library built the circle.
        assertThat(measurement.areaSquareMetres(read.fence())).isCloseTo(Math.PI * 100 * 100, within(0.01 * Math.PI * 1e4));
        assertThat(measurement.lengthMetres(read.fence())).isCloseTo(2 * Math.PI * 100, within(2 * Math.PI));
    }

    @Test
    void aCorridorIsTheRoadWithItsHalfWidthOnEachSide() {
        Checkpoint corridor = checkpoints.save(List.of(Shapes.corridor("KD-ROAD", 0.01, 25))).get(0);

        double length = measurement.lengthMetres(corridor.outline());
        assertThat(length).isBetween(980.0, 1000.0);
        // Flat ends: a rectangle of the road's length and twice the half width.
        assertThat(measurement.areaSquareMetres(corridor.fence())).isCloseTo(length * 50, within(length * 50 * 0.01));
        assertThat(corridor.fence().covers(Shapes.point(Shapes.LON + 0.005, Shapes.LAT + 0.0002))).isTrue();
        assertThat(corridor.fence().covers(Shapes.point(Shapes.LON + 0.005, Shapes.LAT + 0.0003))).isFalse();
        assertThat(corridor.fence().covers(Shapes.point(Shapes.LON - 0.0001, Shapes.LAT))).isFalse();
        assertThat(checkpoints.find("KD-ROAD").orElseThrow().outline().equalsExact(corridor.outline())).isTrue();
    }

    @Test
    void aPolygonIsItsOwnFence() {
        Polygon compound = Shapes.square(120.56, 27.75, 0.0005);
        Checkpoint saved = checkpoints.save(List.of(Shapes.polygon("KD-B1", compound))).get(0);

        assertThat(saved.fence().equalsExact(compound, 1e-9)).isTrue();
        assertThat(saved.sizeMetres()).isZero();
        assertThat(saved.gridCode()).isEqualTo(Territory.EAST_MICRO);
    }

    @Test
    void savingAgainChangesInPlaceAndDeletingRemoves() {
        checkpoints.save(List.of(Shapes.circle("KD-1", 100), Shapes.circle("KD-2", 120.57, 27.75, 50)));
        checkpoints.save(List.of(Shapes.circle("KD-1", 200)));

        assertThat(checkpoints.count()).isEqualTo(2);
        assertThat(checkpoints.find("KD-1").orElseThrow().sizeMetres()).isEqualTo(200);
        assertThat(checkpoints.list(null)).extracting(Checkpoint::code).containsExactly("KD-1", "KD-2");
        assertThat(checkpoints.list(CheckpointLevel.VILLAGE)).hasSize(2);
        assertThat(checkpoints.list(CheckpointLevel.TOWN)).isEmpty();
        assertThat(checkpoints.delete("KD-1")).isTrue();
        assertThat(checkpoints.delete("KD-1")).isFalse();
        assertThat(checkpoints.find("KD-1")).isEmpty();
        assertThat(checkpoints.find("no such/code")).isEmpty();
    }

    @Test
    void checkpointsAreFencesOfTheirOwnSource() {
        checkpoints.save(List.of(Shapes.circle("KD-1", 100), Shapes.corridor("KD-ROAD", 0.01, 25)));

        FenceSource source = checkpoints;
        assertThat(source.source()).isEqualTo("checkpoint");
        assertThat(source.fences()).extracting(Fence::id).containsExactlyInAnyOrder("checkpoint:KD-1", "checkpoint:KD-ROAD");
        assertThat(source.fences()).allSatisfy(fence -> {
            assertThat(fence.source()).isEqualTo(Fence.CHECKPOINT);
            assertThat(fence.area().getGeometryType()).isEqualTo("Polygon");
        });
    }

    @Test
    void writesAreAnnouncedToTheRegisterAndTheFenceWatchers() {
        checkpoints.save(List.of(Shapes.circle("KD-1", 100)));
        checkpoints.delete("KD-1");
        checkpoints.delete("KD-1");

        List<Event> changed = capability.events.events(Checkpoints.TOPIC_CHANGED);
        assertThat(changed).hasSize(2);
        assertThat((String[]) changed.get(0).getProperty("codes")).containsExactly("KD-1");
        List<Event> fences = capability.events.events(FenceSource.TOPIC_CHANGED);
        assertThat(fences).hasSize(2).allSatisfy(event -> assertThat(event.getProperty("source")).isEqualTo("checkpoint"));
    }

    @Test
    void aSelfIntersectingOutlineIsRefusedWhereItCrosses() {
        Polygon bowTie = Shapes.FACTORY.createPolygon(new Coordinate[] {new Coordinate(120.52, 27.75),
            new Coordinate(120.521, 27.751), new Coordinate(120.521, 27.75), new Coordinate(120.52, 27.751),
            new Coordinate(120.52, 27.75)});
        Checkpoint invalid = new Checkpoint("KD-BAD", "坏卡点", CheckpointLevel.BUILDING, Shapes.point(120.5205, 27.7505),
                FenceShape.POLYGON, bowTie, 0, null, null);

        assertThatThrownBy(() -> checkpoints.save(List.of(invalid))).isInstanceOfSatisfying(CheckpointException.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("outline");
                    assertThat(refused.getMessage()).contains("KD-BAD");
                    assertThat(refused.lon()).isCloseTo(120.5205, within(1e-6));
                    assertThat(refused.lat()).isCloseTo(27.7505, within(1e-6));
                });
    }

    @Test
    void aPlaceFarFromItsFenceIsRefusedThere() {
        Polygon compound = Shapes.square(120.56, 27.75, 0.0005);
        Checkpoint far = new Checkpoint("KD-FAR", "远", CheckpointLevel.BUILDING, Shapes.point(120.57, 27.75),
                FenceShape.POLYGON, compound, 0, null, null);

        assertThatThrownBy(() -> checkpoints.save(List.of(far))).isInstanceOfSatisfying(CheckpointException.class,
                refused -> {
                    assertThat(refused.field()).isEqualTo("lon");
                    assertThat(refused.lon()).isEqualTo(120.57);
                    assertThat(refused.lat()).isEqualTo(27.75);
                });
    }

    @Test
    void badFieldsAreNamed() {
        assertRefused(Shapes.circle("KD 1", 100), "code");
        assertRefused(Shapes.circle("KD-1", 0), "sizeMetres");
        assertRefused(Shapes.circle("KD-1", 6000), "sizeMetres");
        assertRefused(Shapes.corridor("KD-1", 0.01, 0), "sizeMetres");
        assertRefused(Shapes.circle("KD-1", 200, 27.75, 100), "lon");
        Checkpoint blank = Shapes.circle("KD-1", 100);
        assertRefused(new Checkpoint("KD-1", " ", blank.level(), blank.location(), blank.shape(), null, 100, null, null),
                "name");
        assertRefused(new Checkpoint("KD-1", "圆", blank.level(), blank.location(), FenceShape.CIRCLE,
                Shapes.square(120.52, 27.75, 0.001), 100, null, null), "outline");
        assertRefused(new Checkpoint("KD-1", "路", CheckpointLevel.COUNTY, blank.location(), FenceShape.CORRIDOR,
                Shapes.line(120.52, 27.75, 120.52, 27.75), 20, null, null), "outline");
        assertRefused(new Checkpoint("KD-1", "路", CheckpointLevel.COUNTY, blank.location(), FenceShape.CORRIDOR,
                Shapes.square(120.52, 27.75, 0.001), 20, null, null), "outline");
        assertRefused(new Checkpoint("KD-1", "区", CheckpointLevel.BUILDING, blank.location(), FenceShape.POLYGON,
                null, 0, null, null), "outline");
    }

    @Test
    void aBatchWithOneBadCheckpointStoresNothing() {
        assertThatThrownBy(() -> checkpoints.save(List.of(Shapes.circle("KD-1", 100), Shapes.circle("KD-2", -1))))
                .isInstanceOfSatisfying(CheckpointException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("sizeMetres");
                    assertThat(refused.getMessage()).contains("KD-2");
                });
        assertThatThrownBy(() -> checkpoints.save(List.of(Shapes.circle("KD-1", 100), Shapes.circle("KD-1", 50))))
                .isInstanceOfSatisfying(CheckpointException.class, refused -> assertThat(refused.field()).isEqualTo("code"));

        assertThat(checkpoints.count()).isZero();
        assertThat(capability.events.events()).isEmpty();
    }

    private void assertRefused(Checkpoint checkpoint, String field) {
        assertThatThrownBy(() -> checkpoints.save(List.of(checkpoint))).as(field)
                .isInstanceOfSatisfying(CheckpointException.class, refused -> assertThat(refused.field())
                        .as(refused.getMessage()).isEqualTo(field));
    }
}
