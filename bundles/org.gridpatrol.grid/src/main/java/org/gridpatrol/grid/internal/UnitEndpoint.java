package org.gridpatrol.grid.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.geo.api.Measurement;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/units/{code}}: one unit with its worker, area, parents, geometry and version; the
 * version is also the ETag.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/units/*")
public class UnitEndpoint implements ApiEndpoint {

    private final GridUnits units;
    private final Measurement measurement;
    private final GridEdits edits;

    @Activate
    public UnitEndpoint(@Reference GridUnits units, @Reference Measurement measurement, @Reference GridEdits edits) {
        this.units = units;
        this.measurement = measurement;
        this.edits = edits;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        UnitViews.requireGet(request);
        String code = request.subPath().startsWith("/") ? request.subPath().substring(1) : request.subPath();
        if (code.isBlank()) {
            throw ApiException.badRequest("code", "is required: /api/v1/units/{code}");
        }
        // One read gives the unit and the version an edit must be based on.
        VersionedUnit current = (code.matches("\\d{6,18}") ? edits.current(code) : Optional.<VersionedUnit>empty())
                .orElseThrow(() -> ApiException.notFound("code", "no unit with code '" + code + "'"));
        GridUnit unit = current.unit();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", unit.code());
        body.put("name", unit.name());
        body.put("level", unit.level().id());
        body.put("parent", unit.parentCode());
        body.put("worker", unit.worker() == null ? null : UnitViews.worker(unit.worker()));
        body.put("area_m2", measurement.areaSquareMetres(unit.geometry()));
        body.put("chain", parents(unit).stream().map(UnitViews::brief).toList());
        body.put("children_count", units.query(new GridQuery(null, code, null, null, 0, 0)).totalMatched());
        body.put("geometry", unit.geometry());
        body.put("version", current.version());
        // the version an edit must be based on, as a strong validator for If-Match
        return new ApiResponse(200, ApiResponse.JSON, body, Map.of("ETag", "\"" + current.version() + "\""));
    }

    /** The parents, nearest first, up to the county; stops where one is missing. */
    private List<GridUnit> parents(GridUnit unit) {
        List<GridUnit> parents = new ArrayList<>();
        Optional<GridUnit> parent = Optional.ofNullable(unit.parentCode()).flatMap(units::find);
        while (parent.isPresent() && parents.size() < AdminLevel.values().length) {
            parents.add(parent.get());
            parent = Optional.ofNullable(parent.get().parentCode()).flatMap(units::find);
        }
        return parents;
    }
}
