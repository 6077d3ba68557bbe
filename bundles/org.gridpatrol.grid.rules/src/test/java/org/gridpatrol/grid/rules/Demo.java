package org.gridpatrol.grid.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.locationtech.jts.geom.MultiPolygon;

/** The generated Rui'an hierarchy of gis-data as grid units, parents first, with lookups. */
public record Demo(List<GridUnit> units, Map<String, GridUnit> byCode, Map<String, List<GridUnit>> byParent) {

    /** The demo size, generated once per test JVM (about a second). */
    public static Demo demo() {
        return DemoHolder.DEMO;
    }

    public static Demo generate(Size size) {
        List<GridUnit> units = GisDataset.generate(size, GisDataset.DEFAULT_SEED).stream().map(Demo::unit).toList();
        return new Demo(units, units.stream().collect(Collectors.toMap(GridUnit::code, Function.identity())),
                units.stream().filter(unit -> unit.parentCode() != null)
                        .collect(Collectors.groupingBy(GridUnit::parentCode)));
    }

    public GridUnit unit(String code) {
        return byCode.get(code);
    }

    public List<GridUnit> children(String parentCode) {
        return byParent.getOrDefault(parentCode, List.of());
    }

    public List<GridUnit> level(AdminLevel level) {
        return units.stream().filter(unit -> unit.level() == level).toList();
    }

    static GridUnit withGeometry(GridUnit unit, MultiPolygon geometry) {
        return new GridUnit(unit.code(), unit.name(), unit.level(), unit.parentCode(), geometry, unit.worker());
    }

    private static GridUnit unit(GisFeature feature) {
        GridWorker worker = feature.workerName() == null && feature.workerPhone() == null
                ? null : new GridWorker(feature.workerName(), feature.workerPhone());
        return new GridUnit(feature.code(), feature.name(), AdminLevel.byId(feature.level()).orElseThrow(),
                feature.parentCode(), feature.geometry(), worker);
    }

    private static final class DemoHolder {
        static final Demo DEMO = generate(Size.DEMO);
    }
}
