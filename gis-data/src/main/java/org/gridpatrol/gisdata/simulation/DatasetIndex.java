package org.gridpatrol.gisdata.simulation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.internal.Geometries;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Lookups over a generated dataset for the simulation: units by level and code, the grid at a point, a grid's
 * neighbours, random points inside a unit. Single-threaded use (caches are plain maps).
 */
public final class DatasetIndex {

    private final Map<String, GisFeature> byCode = new LinkedHashMap<>();
    private final Map<String, List<GisFeature>> byLevel = new HashMap<>();
    private final Map<String, IndexedPointInAreaLocator> locators = new HashMap<>();
    private final Map<String, List<GisFeature>> neighbours = new HashMap<>();
    private final STRtree gridTree = new STRtree();
    private final GisFeature county;
    private final PreparedGeometry preparedCounty;

    private DatasetIndex(List<GisFeature> features) {
        for (GisFeature feature : features) {
            byCode.put(feature.code(), feature);
            byLevel.computeIfAbsent(feature.level(), level -> new ArrayList<>()).add(feature);
        }
        List<GisFeature> counties = of(Level.COUNTY);
        if (counties.size() != 1) {
            throw new IllegalArgumentException("a dataset has exactly one county, got " + counties.size());
        }
        county = counties.get(0);
        preparedCounty = PreparedGeometryFactory.prepare(county.geometry());
        for (GisFeature grid : grids()) {
            gridTree.insert(grid.geometry().getEnvelopeInternal(), grid);
        }
        gridTree.build();
    }

    /** Indexes features as {@code GisDataset.generate} returns them (in dataset order). */
    public static DatasetIndex of(List<GisFeature> features) {
        return new DatasetIndex(features);
    }

    public GisFeature county() {
        return county;
    }

    public List<GisFeature> towns() {
        return of(Level.TOWN);
    }

    public List<GisFeature> communities() {
        return of(Level.COMMUNITY);
    }

    /** Grid-level units (not micro-grids), by code. */
    public List<GisFeature> grids() {
        return of(Level.GRID);
    }

    public Optional<GisFeature> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The unit of {@code level} that contains the unit {@code code} (codes extend their parent's). */
    public GisFeature ancestor(String code, Level level) {
        GisFeature feature = byCode.get(code.substring(0, level.codeLength()));
        if (feature == null) {
            throw new IllegalArgumentException("no " + level.id() + " above " + code);
        }
        return feature;
    }

    private List<GisFeature> of(Level level) {
        return byLevel.getOrDefault(level.id(), List.of());
    }

    /** Whether the geometry lies inside the county or on its boundary. */
    public boolean inCounty(Geometry geometry) {
        return preparedCounty.covers(geometry);
    }

    /** The grid whose area holds the coordinate, if any. */
    public Optional<GisFeature> gridAt(Coordinate coordinate) {
        @SuppressWarnings("unchecked")
        List<GisFeature> candidates = gridTree.query(new Envelope(coordinate));
        return candidates.stream()
                .filter(grid -> locator(grid).locate(coordinate) != Location.EXTERIOR)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .findFirst();
    }

    /** Grids sharing boundary with the grid {@code code}, by code; not the grid itself. */
    public List<GisFeature> neighbours(String gridCode) {
        return neighbours.computeIfAbsent(gridCode, code -> {
            Geometry geometry = byCode.get(code).geometry();
            @SuppressWarnings("unchecked")
            List<GisFeature> candidates = gridTree.query(geometry.getEnvelopeInternal());
            return candidates.stream()
                    .filter(other -> !other.code().equals(code) && other.geometry().intersects(geometry))
                    .sorted((a, b) -> a.code().compareTo(b.code()))
                    .toList();
        });
    }

    /** A uniformly random point strictly inside the unit, on the 1e-7 degree grid. */
    public Coordinate randomPointIn(GisFeature feature, SplittableRandom random) {
        Envelope envelope = feature.geometry().getEnvelopeInternal();
        IndexedPointInAreaLocator locator = locator(feature);
        for (int attempt = 0; attempt < 10_000; attempt++) {
            Coordinate candidate = new Coordinate(
                    envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                    envelope.getMinY() + random.nextDouble() * envelope.getHeight());
            Geometries.PRECISION.makePrecise(candidate);
            if (locator.locate(candidate) == Location.INTERIOR) {
                return candidate;
            }
        }
        throw new IllegalStateException("no random point found inside " + feature.code());
    }

    /** Whether the coordinate lies strictly inside the unit. */
    public boolean isInterior(GisFeature feature, Coordinate coordinate) {
        return locator(feature).locate(coordinate) == Location.INTERIOR;
    }

    /** The outline of the unit's (only, or largest) part. */
    static Polygon mainPart(GisFeature feature) {
        Polygon largest = null;
        for (int i = 0; i < feature.geometry().getNumGeometries(); i++) {
            Polygon part = (Polygon) feature.geometry().getGeometryN(i);
            if (largest == null || part.getArea() > largest.getArea()) {
                largest = part;
            }
        }
        return largest;
    }

    private IndexedPointInAreaLocator locator(GisFeature feature) {
        return locators.computeIfAbsent(feature.code(), code -> new IndexedPointInAreaLocator(feature.geometry()));
    }
}
