package org.gridpatrol.ogc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridpatrol.grid.api.GridPage;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.GridValidationException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** A plain {@link GridUnits} over a list, the collaborator of the endpoint tests. */
final class InMemoryGridUnits implements GridUnits {

    private final List<GridUnit> units = new ArrayList<>();
    private final GeometryFactory geometryFactory = new GeometryFactory();

    @Override
    public Optional<GridUnit> find(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    @Override
    public GridPage query(GridQuery query) {
        Geometry bbox = query.bbox() == null ? null : geometryFactory.toGeometry(query.bbox());
        List<GridUnit> matched = units.stream()
                .filter(unit -> query.level() == null || unit.level() == query.level())
                .filter(unit -> query.parentCode() == null || query.parentCode().equals(unit.parentCode()))
                .filter(unit -> query.code() == null || query.code().equals(unit.code()))
                .filter(unit -> bbox == null || unit.geometry().intersects(bbox))
                .sorted(Comparator.comparing(GridUnit::code))
                .toList();
        List<GridUnit> page = matched.stream().skip(query.offset()).limit(query.limit()).toList();
        return new GridPage(page, matched.size());
    }

    @Override
    public List<GridUnit> search(String text, int limit) {
        return units.stream()
                .filter(unit -> unit.code().startsWith(text) || (unit.name() != null && unit.name().contains(text)))
                .sorted(Comparator.comparing(GridUnit::level).thenComparing(GridUnit::code))
                .limit(limit)
                .toList();
    }

    @Override
    public long count() {
        return units.size();
    }

    @Override
    public void save(Collection<GridUnit> toSave) throws GridValidationException {
        List<GridUnit> staged = new ArrayList<>(units);
        for (GridUnit unit : toSave) {
            if (unit.geometry() == null || unit.geometry().isEmpty()) {
                throw new GridValidationException("geometry", "unit " + unit.code() + " has no geometry");
            }
            if (unit.parentCode() != null
                    && staged.stream().noneMatch(stored -> stored.code().equals(unit.parentCode()))) {
                throw new GridValidationException("parentCode", "unknown parent " + unit.parentCode());
            }
            staged.removeIf(stored -> Objects.equals(stored.code(), unit.code()));
            staged.add(unit);
        }
        units.clear();
        units.addAll(staged);
    }
}
