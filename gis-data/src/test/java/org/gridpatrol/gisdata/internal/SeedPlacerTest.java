package org.gridpatrol.gisdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class SeedPlacerTest {

    private final WKTReader wkt = new WKTReader(Geometries.FACTORY);

    @Test
    void placesDistinctSeedsInsideAConcaveAreaWithAHole() throws Exception {
        Geometry area = wkt.read("POLYGON ((0 0, 0 1, 1 1, 1 0.6, 0.4 0.6, 0.4 0.4, 1 0.4, 1 0, 0 0),"
                + " (0.1 0.1, 0.2 0.1, 0.2 0.2, 0.1 0.2, 0.1 0.1))");

        List<Coordinate> seeds = SeedPlacer.place(area, 12, new SplittableRandom(1));

        assertThat(seeds).hasSize(12).doesNotHaveDuplicates();
        assertThat(seeds).allMatch(seed -> area.contains(Geometries.FACTORY.createPoint(seed)));
        assertThat(SeedPlacer.place(area, 12, new SplittableRandom(1))).isEqualTo(seeds);
        assertThat(SeedPlacer.place(area, 12, new SplittableRandom(2))).isNotEqualTo(seeds);
    }

    @Test
    void stillPlacesAllSeedsInAThinStrip() throws Exception {
        Geometry strip = wkt.read("POLYGON ((0 0, 0 0.001, 1 0.001, 1 0, 0 0))");

        List<Coordinate> seeds = SeedPlacer.place(strip, 15, new SplittableRandom(3));

        assertThat(new HashSet<>(seeds)).hasSize(15);
        assertThat(seeds).allMatch(seed -> strip.contains(Geometries.FACTORY.createPoint(seed)));
    }
}
