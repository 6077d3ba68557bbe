package org.gridpatrol.grid.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * An edit of the hierarchy as {@link ImpactSource}s see it: the touched units with their geometries before and
 * after, the locator of the hierarchy as it is stored now (the "before" side), and {@code bounds}: where things
 * can be impacted, the envelope of every touched geometry before and after, computed once because sources
 * test every item they hold against it.
 */
public record GridChange(List<ChangedUnit> units, GridLocator before, Envelope bounds) {

    /** A deleted unit whose geometry comes back under a new code at its level differs by at most this share. */
    private static final double RENAME_TOLERANCE = 0.001;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    public GridChange {
        units = List.copyOf(units);
        Objects.requireNonNull(before, "before");
        bounds = new Envelope(Objects.requireNonNull(bounds, "bounds"));
    }

    public GridChange(List<ChangedUnit> units, GridLocator before) {
        this(units, before, boundsOf(units));
    }

    /** A copy: envelopes are mutable. */
    @Override
    public Envelope bounds() {
        return new Envelope(bounds);
    }

    public Optional<ChangedUnit> unit(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    private static Envelope boundsOf(List<ChangedUnit> units) {
        Envelope bounds = new Envelope();
        for (ChangedUnit unit : units) {
            if (unit.before() != null) {
                bounds.expandToInclude(unit.before().getEnvelopeInternal());
            }
            if (unit.after() != null) {
                bounds.expandToInclude(unit.after().getEnvelopeInternal());
            }
        }
        return bounds;
    }

    /** The deepest unit containing the point as stored now; null outside every unit. */
    public String leafBefore(double lon, double lat) {
        return before.locate(lon, lat).map(chain -> chain.deepest().code()).orElse(null);
    }

    /**
     * The deepest unit containing the point after the edit: the deepest touched unit whose new geometry covers it,
     * unless the deepest untouched unit that contains it now (so still does) is deeper; null outside every unit.
     */
    public String leafAfter(double lon, double lat) {
        Point point = FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
        Map<String, ChangedUnit> touched = new LinkedHashMap<>();
        units.forEach(unit -> touched.put(unit.code(), unit));
        Optional<ChangedUnit> edited = units.stream()
                .filter(unit -> unit.after() != null && covers(unit.after(), point))
                .max(Comparator.comparingInt(unit -> unit.level().ordinal()));
        Optional<GridUnit> untouched = before.locate(lon, lat).flatMap(chain -> chain.units().stream()
                .filter(unit -> !touched.containsKey(unit.code())).findFirst());
        if (edited.isPresent() && (untouched.isEmpty()
                || edited.get().level().ordinal() >= untouched.get().level().ordinal())) {
            return edited.get().code();
        }
        return untouched.map(GridUnit::code).orElse(null);
    }

    /** An impacted item of a point thing, when the edit changes the deepest unit containing it. */
    public Optional<ImpactedItem> point(String kind, String id, String name, double lon, double lat) {
        if (!bounds.covers(lon, lat)) {
            return Optional.empty();
        }
        String gridBefore = leafBefore(lon, lat);
        String gridAfter = leafAfter(lon, lat);
        if (Objects.equals(gridBefore, gridAfter)) {
            return Optional.empty();
        }
        return Optional.of(new ImpactedItem(kind, id, name, lon, lat, gridBefore, gridAfter, false));
    }

    /**
     * The new code of a unit the edit deletes when the same edit creates a unit of its level with (nearly) the
     * same geometry, i.e. the code changed; empty when the unit is not deleted or has no such successor.
     */
    public Optional<String> renamedTo(String code) {
        Optional<ChangedUnit> deleted = unit(code).filter(unit -> unit.deleted() && unit.before() != null);
        if (deleted.isEmpty()) {
            return Optional.empty();
        }
        Geometry old = deleted.get().before();
        double allowed = RENAME_TOLERANCE * old.getArea();
        return units.stream()
                .filter(unit -> unit.created() && unit.after() != null && unit.level() == deleted.get().level())
                .filter(unit -> old.symDifference(unit.after()).getArea() <= allowed)
                .map(ChangedUnit::code).findFirst();
    }

    private static boolean covers(Geometry area, Point point) {
        return area.getEnvelopeInternal().covers(point.getCoordinate()) && area.covers(point);
    }
}
