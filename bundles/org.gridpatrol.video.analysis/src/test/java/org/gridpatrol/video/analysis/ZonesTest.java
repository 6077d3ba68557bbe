package org.gridpatrol.video.analysis;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.video.api.Zone;
import org.junit.jupiter.api.Test;

class ZonesTest {

    private static List<ImagePoint> points(double... xy) {
        List<ImagePoint> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            out.add(new ImagePoint(xy[i], xy[i + 1]));
        }
        return out;
    }

    private static final List<ImagePoint> SQUARE = points(0, 0, 100, 0, 100, 100, 0, 100);

    private static Zone zone(String id, List<ImagePoint> polygon) {
        return new Zone(id, "name", polygon, 3, 5, 1, 30, 0);
    }

    private static Zone rules(int threshold, double seconds, int hysteresis, double cooldown, double loiter) {
        return new Zone("z", "name", SQUARE, threshold, seconds, hysteresis, cooldown, loiter);
    }

    private static void assertRefused(List<Zone> zones, String field, String reasonPart) {
        assertThatThrownBy(() -> Zones.validate(zones))
                .isInstanceOf(VideoInputException.class)
                .hasMessageContaining(reasonPart)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((VideoInputException) e).field())
                        .isEqualTo(field));
    }

    @Test
    void acceptsValidZonesIncludingConcaveAndExplicitlyClosedRings() {
        Zone concave = zone("l-shape", points(0, 0, 200, 0, 200, 50, 50, 50, 50, 200, 0, 200));
        Zone closed = zone("closed", points(0, 0, 100, 0, 100, 100, 0, 0));
        assertThatCode(() -> Zones.validate(List.of(zone("a", SQUARE), concave, closed))).doesNotThrowAnyException();
        assertThatCode(() -> Zones.validate(List.of())).doesNotThrowAnyException();
    }

    @Test
    void refusesMissingListAndMissingZone() {
        assertRefused(null, "zones", "missing");
        List<Zone> withNull = new ArrayList<>();
        withNull.add(zone("a", SQUARE));
        withNull.add(null);
        assertRefused(withNull, "zones[1]", "missing");
    }

    @Test
    void refusesBlankAndDuplicateIds() {
        assertRefused(List.of(zone(" ", SQUARE)), "zones[0].id", "blank");
        assertRefused(List.of(zone(null, SQUARE)), "zones[0].id", "blank");
        assertRefused(List.of(zone("a", SQUARE), zone("b", SQUARE), zone("a", SQUARE)), "zones[2].id", "zones[0]");
        assertRefused(List.of(zone("x".repeat(65), SQUARE)), "zones[0].id", "64");
    }

    @Test
    void refusesTooFewAndNonFinitePoints() {
        assertRefused(List.of(zone("a", points(0, 0, 10, 10))), "zones[0].polygon", "at least 3");
        assertRefused(List.of(zone("a", points(0, 0, Double.NaN, 10, 10, 0))), "zones[0].polygon[1]", "finite");
        assertRefused(List.of(zone("a", points(0, 0, 10, 0, 10, Double.POSITIVE_INFINITY))), "zones[0].polygon[2]",
                "finite");
    }

    @Test
    void refusesSelfIntersectionNamingThePixel() {
        Zone bowTie = zone("bow", points(0, 0, 100, 100, 100, 0, 0, 100));
        assertRefused(List.of(zone("ok", SQUARE), bowTie), "zones[1].polygon", "(50.0, 50.0) px");
    }

    @Test
    void refusesRingTouchingItself() {
        // The ring passes through (100, 50) twice: a figure eight made of two triangles.
        Zone eight = zone("eight", points(0, 0, 100, 50, 200, 0, 200, 100, 100, 50, 0, 100));
        assertRefused(List.of(eight), "zones[0].polygon", "(100.0, 50.0) px");
    }

    @Test
    void refusesZeroAndTinyArea() {
        assertRefused(List.of(zone("line", points(0, 0, 50, 50, 100, 100))), "zones[0].polygon", "one line");
        assertRefused(List.of(zone("dots", points(5, 5, 5, 5, 5, 5))), "zones[0].polygon", "one line");
        assertRefused(List.of(zone("sliver", points(0, 0, 100, 0, 100, 0.005))), "zones[0].polygon", "px²");
    }

    @Test
    void refusesImpossibleRules() {
        assertRefused(List.of(rules(0, 5, 0, 0, 0)), "zones[0].crowdThreshold", "at least 1");
        assertRefused(List.of(rules(3, 5, 3, 0, 0)), "zones[0].hysteresis", "[0, 2]");
        assertRefused(List.of(rules(3, 5, -1, 0, 0)), "zones[0].hysteresis", "");
        assertRefused(List.of(rules(3, -1, 0, 0, 0)), "zones[0].crowdSeconds", "");
        assertRefused(List.of(rules(3, Double.NaN, 0, 0, 0)), "zones[0].crowdSeconds", "");
        assertRefused(List.of(rules(3, 5, 0, -2, 0)), "zones[0].cooldownSeconds", "");
        assertRefused(List.of(rules(3, 5, 0, 0, 100_000)), "zones[0].loiterSeconds", "86400");
        assertThatCode(() -> Zones.validate(List.of(rules(1, 0, 0, 0, 0)))).doesNotThrowAnyException();
    }
}
