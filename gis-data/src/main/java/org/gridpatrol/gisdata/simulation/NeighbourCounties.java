package org.gridpatrol.gisdata.simulation;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;

/**
 * Who lies across Rui'an's border at a point of the hand-traced outline (see {@code RuianOutline}): Wencheng
 * to the west, Ouhai and Longwan to the north, Pingyang to the south, the sea to the east. Rough lines that
 * fit that outline only.
 */
final class NeighbourCounties {

    private NeighbourCounties() {
    }

    /** The neighbour's name, or empty on the coast (no road crosses the sea). */
    static Optional<String> across(Coordinate border) {
        double lon = border.x;
        double lat = border.y;
        if (lon >= 120.66 && lat < 27.888) {
            return Optional.empty();
        }
        if (lon < 120.30 || lon < 120.33 && lat > 27.70) {
            return Optional.of("文成县");
        }
        if (lat < 27.70) {
            return Optional.of("平阳县");
        }
        return Optional.of(lon < 120.65 ? "瓯海区" : "龙湾区");
    }
}
