package org.gridpatrol.grid.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridViolation;
import org.gridpatrol.grid.api.ImpactReport;
import org.gridpatrol.grid.api.Revision;
import org.gridpatrol.grid.api.UnitChange;
import org.gridpatrol.grid.api.ValidationReport;

/** How revisions, violations and reports appear in API answers; units as GeoJSON Features. */
final class RevisionViews {

    static final String PROBLEM_JSON = "application/problem+json";

    private RevisionViews() {
    }

    static Map<String, Object> revision(Revision revision) {
        Map<String, Object> view = summary(revision);
        view.put("changes", revision.changes().stream().map(RevisionViews::change).toList());
        return view;
    }

    /** A revision with the impact report kept with it; {@code impact} is null when none was kept (seed data). */
    static Map<String, Object> revision(Revision revision, Optional<ImpactReport> impact) {
        Map<String, Object> view = revision(revision);
        if (impact.isPresent()) {
            ImpactJson.put(view, impact.get());
        } else {
            view.put("impact", null);
        }
        return view;
    }

    static Map<String, Object> summary(Revision revision) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", revision.id());
        view.put("author", revision.author());
        view.put("time", revision.time().toString());
        view.put("comment", revision.comment());
        view.put("reverted_revision", revision.revertedId());
        view.put("codes", revision.changes().stream().map(UnitChange::code).toList());
        return view;
    }

    static Map<String, Object> change(UnitChange change) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", change.code());
        view.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
        view.put("version_before", change.versionBefore());
        view.put("version_after", change.versionAfter());
        view.put("before", feature(change.before(), change.versionBefore()));
        view.put("after", feature(change.after(), change.versionAfter()));
        return view;
    }

    /** A GeoJSON Feature of the unit in a version; null for no unit. */
    static Map<String, Object> feature(GridUnit unit, long version) {
        if (unit == null) {
            return null;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", unit.code());
        properties.put("name", unit.name());
        properties.put("level", unit.level().id());
        properties.put("parent", unit.parentCode());
        properties.put("worker", unit.worker() == null ? null : UnitViews.worker(unit.worker()));
        properties.put("version", version);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", unit.code());
        feature.put("geometry", unit.geometry());
        feature.put("properties", properties);
        return feature;
    }

    static Map<String, Object> violation(GridViolation violation) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", violation.kind());
        view.put("codes", violation.codes());
        view.put("message", violation.message());
        view.put("location", violation.location());
        return view;
    }

    static Map<String, Object> report(ValidationReport report, int limit) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("checked_at", report.checkedAt().toString());
        view.put("units", report.unitCount());
        view.put("millis", report.millis());
        view.put("clean", report.clean());
        view.put("total", report.violations().size());
        view.put("by_kind", report.countByKind());
        List<GridViolation> shown = report.violations().subList(0, Math.min(limit, report.violations().size()));
        view.put("violations", shown.stream().map(RevisionViews::violation).toList());
        return view;
    }

    /** A problem document with extra members, for answers an {@code ApiException} cannot carry. */
    static Map<String, Object> problem(int status, String title, String detail) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", "about:blank");
        view.put("title", title);
        view.put("status", status);
        view.put("detail", detail);
        return view;
    }
}
