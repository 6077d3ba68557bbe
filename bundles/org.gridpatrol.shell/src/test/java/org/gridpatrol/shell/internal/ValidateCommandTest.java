package org.gridpatrol.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gridpatrol.grid.api.GridViolation;
import org.gridpatrol.grid.api.ValidationReport;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class ValidateCommandTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void printsCountsByKindAndTheFirstViolationsWithTheirLocation() {
        ValidationReport report = new ValidationReport(Instant.EPOCH, 446, 12, List.of(
                new GridViolation("OVERLAP", List.of("330381001001001001", "330381001001001002"), "overlap of 3.1 m²",
                        FACTORY.createPoint(new Coordinate(120.6, 27.8))),
                new GridViolation("GAP", List.of("330381001001001"), "gap of 2 m²", null),
                new GridViolation("GAP", List.of("330381001001002"), "gap of 5 m²", null)));

        String text = ValidateCommand.text(report, 2, 200);

        assertThat(text.lines()).containsExactly(
                "446 units checked in 12 ms: 3 violation(s)",
                "  GAP              2",
                "  OVERLAP          1",
                "1. OVERLAP 330381001001001001,330381001001001002: overlap of 3.1 m²",
                "   at POINT (120.6 27.8)",
                "2. GAP 330381001001001: gap of 2 m²",
                "   at (no location)",
                "... 1 more (--limit)");
    }

    @Test
    void aCleanReportSaysSoAndCutsNothing() {
        String text = ValidateCommand.text(new ValidationReport(Instant.EPOCH, 10, 1, List.of()), 20, 200);

        assertThat(text.lines()).containsExactly("10 units checked in 1 ms: no violations");
    }
}
