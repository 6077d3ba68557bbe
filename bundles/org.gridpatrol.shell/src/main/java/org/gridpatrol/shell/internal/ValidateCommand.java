package org.gridpatrol.shell.internal;

import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridViolation;
import org.gridpatrol.grid.api.ValidationReport;
import org.locationtech.jts.io.WKTWriter;

/** {@code gridpatrol:validate [--limit n] [--wkt-length n]}: the topology rules over every stored unit. */
@Command(scope = "gridpatrol", name = "validate",
        description = "Checks every stored unit against the topology rules: gaps, overlaps, slivers, codes, parents")
@Service
public class ValidateCommand implements Action {

    @Option(name = "--limit", description = "How many violations to list (default 20)")
    int limit = 20;

    @Option(name = "--wkt-length", description = "Longest location WKT printed before it is cut (default 200)")
    int wktLength = 200;

    @Reference
    GridEdits edits;

    @Reference
    Session session;

    @Override
    public Object execute() {
        session.getConsole().print(text(edits.validateAll(), Math.max(0, limit), Math.max(20, wktLength)));
        return null;
    }

    /** The report as printed: a summary line, the count per kind, then the first violations with their location. */
    static String text(ValidationReport report, int limit, int wktLength) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d units checked in %d ms: %s%n",
                report.unitCount(), report.millis(),
                report.clean() ? "no violations" : report.violations().size() + " violation(s)"));
        for (Map.Entry<String, Long> kind : report.countByKind().entrySet()) {
            text.append(String.format(Locale.ROOT, "  %-16s %d%n", kind.getKey(), kind.getValue()));
        }
        WKTWriter wkt = new WKTWriter();
        wkt.setMaxCoordinatesPerLine(Integer.MAX_VALUE);
        int shown = Math.min(limit, report.violations().size());
        for (int i = 0; i < shown; i++) {
            GridViolation violation = report.violations().get(i);
            String location = violation.location() == null ? "(no location)" : wkt.write(violation.location());
            if (location.length() > wktLength) {
                location = location.substring(0, wktLength) + "...";
            }
            text.append(String.format(Locale.ROOT, "%d. %s %s: %s%n   at %s%n", i + 1, violation.kind(),
                    String.join(",", violation.codes()), violation.message(), location));
        }
        if (shown < report.violations().size()) {
            text.append(String.format(Locale.ROOT, "... %d more (--limit)%n", report.violations().size() - shown));
        }
        return text.toString();
    }
}
