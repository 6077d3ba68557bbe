package org.gridpatrol.gisdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class SmallPartMergerTest {

    private final WKTReader wkt = new WKTReader(Geometries.FACTORY);

    @Test
    void handsASmallDetachedPartToTheNeighbourItSharesMostWith() throws ParseException {
        // A | B | c, where c belongs to A's cell but only touches B's
        List<Polygon> faces = faces("0 0, 0 1, 1 1, 1 0, 0 0", "1 0, 1 1, 2 1, 2 0, 1 0", "2 0, 2 1, 2.1 1, 2.1 0, 2 0");
        int[] owner = {0, 1, 0};

        SmallPartMerger.merge(faces, owner, new int[] {0, 0});

        assertThat(owner).containsExactly(0, 1, 1);
    }

    @Test
    void keepsALargeDetachedPart() throws ParseException {
        List<Polygon> faces = faces("0 0, 0 1, 1 1, 1 0, 0 0", "1 0, 1 1, 2 1, 2 0, 1 0", "2 0, 2 1, 2.5 1, 2.5 0, 2 0");
        int[] owner = {0, 1, 0};

        SmallPartMerger.merge(faces, owner, new int[] {0, 0});

        assertThat(owner).containsExactly(0, 1, 0);
    }

    @Test
    void neverMovesAPartIntoAnotherParent() throws ParseException {
        List<Polygon> faces = faces("0 0, 0 1, 1 1, 1 0, 0 0", "1 0, 1 1, 2 1, 2 0, 1 0", "2 0, 2 1, 2.1 1, 2.1 0, 2 0");
        int[] owner = {0, 1, 0};

        SmallPartMerger.merge(faces, owner, new int[] {0, 1});

        assertThat(owner).containsExactly(0, 1, 0);
    }

    @Test
    void treatsAdjacentFacesOfOneCellAsOnePart() throws ParseException {
        // cell 0 = two small adjacent faces (together larger than 20% of nothing else); cell 1 = one big face
        List<Polygon> faces = faces("0 0, 0 1, 0.3 1, 0.3 0, 0 0", "0.3 0, 0.3 1, 0.6 1, 0.6 0, 0.3 0",
                "0.6 0, 0.6 1, 3 1, 3 0, 0.6 0");
        int[] owner = {0, 0, 1};

        SmallPartMerger.merge(faces, owner, new int[] {0, 0});

        assertThat(owner).containsExactly(0, 0, 1);
    }

    private List<Polygon> faces(String... rings) throws ParseException {
        List<Polygon> faces = new ArrayList<>();
        for (String ring : rings) {
            faces.add((Polygon) wkt.read("POLYGON ((" + ring + "))"));
        }
        return faces;
    }
}
