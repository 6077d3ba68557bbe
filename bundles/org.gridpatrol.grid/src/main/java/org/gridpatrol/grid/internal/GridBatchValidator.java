package org.gridpatrol.grid.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridpatrol.geo.api.GeometryProblem;
import org.gridpatrol.geo.api.GeometryValidator;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridValidationException;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Checks a batch of units before anything is written: code, name, level, parent, worker and
 * geometry, in that order, refusing the first unit at fault. Parents come from earlier in the batch
 * or from the store; their prepared geometries are kept so that a whole county loads in seconds.
 */
final class GridBatchValidator {

    private static final Map<AdminLevel, Pattern> CODE_PATTERNS = Arrays.stream(AdminLevel.values())
            .collect(Collectors.toUnmodifiableMap(level -> level,
                    level -> Pattern.compile("\\d{" + codeLength(level) + "}")));

    private final GeometryValidator geometryValidator;
    private final double toleranceMetres;
    private final Function<String, Optional<GridUnit>> storedUnits;
    private final Map<String, GridUnit> accepted = new HashMap<>();
    private final Map<String, Optional<GridUnit>> storedParents = new HashMap<>();
    private final Map<String, PreparedGeometry> preparedParents = new HashMap<>();

    GridBatchValidator(GeometryValidator geometryValidator, double toleranceMetres,
            Function<String, Optional<GridUnit>> storedUnits) {
        this.geometryValidator = geometryValidator;
        this.toleranceMetres = toleranceMetres;
        this.storedUnits = storedUnits;
    }

    void validate(Collection<GridUnit> units) throws GridValidationException {
        for (GridUnit unit : units) {
            validate(unit);
            accepted.put(unit.code(), unit);
            preparedParents.remove(unit.code());
        }
    }

    private void validate(GridUnit unit) throws GridValidationException {
        String code = unit.code();
        if (!codePattern(unit.level()).matcher(code).matches()) {
            throw refused("code", code, "a " + unit.level().id() + " code has " + codeLength(unit.level())
                    + " digits, got '" + code + "'");
        }
        if (accepted.containsKey(code)) {
            throw refused("code", code, "appears twice in the batch");
        }
        if (unit.name() == null || unit.name().isBlank()) {
            throw refused("name", code, "must not be empty");
        }
        if (unit.worker() != null && !unit.level().hasWorker()) {
            throw refused("worker", code, "only grids and micro-grids have a grid worker, this is a "
                    + unit.level().id());
        }
        Optional<GridUnit> parent = checkParent(unit);
        Optional<GeometryProblem> shapeProblem = geometryValidator.polygonProblem(unit.geometry());
        if (shapeProblem.isPresent()) {
            throw refused("geometry", code, shapeProblem.get());
        }
        if (parent.isPresent()) {
            checkInside(unit, parent.get());
        }
    }

    private Optional<GridUnit> checkParent(GridUnit unit) throws GridValidationException {
        String code = unit.code();
        Optional<AdminLevel> parentLevel = unit.level().parentLevel();
        if (parentLevel.isEmpty()) {
            if (unit.parentCode() != null) {
                throw refused("parent", code, "a county has no parent, got '" + unit.parentCode() + "'");
            }
            return Optional.empty();
        }
        String parentCode = unit.parentCode();
        if (parentCode == null || parentCode.isBlank()) {
            throw refused("parent", code, "a " + unit.level().id() + " needs a parent " + parentLevel.get().id());
        }
        if (!code.startsWith(parentCode)) {
            throw refused("code", code, "must start with its parent's code " + parentCode);
        }
        GridUnit parent = accepted.containsKey(parentCode)
                ? accepted.get(parentCode)
                : storedParents.computeIfAbsent(parentCode, storedUnits).orElseThrow(() -> refused("parent", code,
                        "unknown parent " + parentCode + ": neither stored nor earlier in the batch"));
        if (parent.level() != parentLevel.get()) {
            throw refused("level", code, "a " + unit.level().id() + " must be the child of a "
                    + parentLevel.get().id() + ", parent " + parentCode + " is a " + parent.level().id());
        }
        return Optional.of(parent);
    }

    private void checkInside(GridUnit unit, GridUnit parent) throws GridValidationException {
        PreparedGeometry preparedParent = preparedParents.computeIfAbsent(parent.code(),
                code -> PreparedGeometryFactory.prepare(parent.geometry()));
        if (preparedParent.covers(unit.geometry())) {
            return; // the common case, decided without projecting anything
        }
        Optional<GeometryProblem> outside =
                geometryValidator.outsideProblem(unit.geometry(), parent.geometry(), toleranceMetres);
        if (outside.isPresent()) {
            throw refused("geometry", unit.code(), new GeometryProblem("leaves parent " + parent.code() + ": "
                    + outside.get().reason(), outside.get().lon(), outside.get().lat()));
        }
    }

    static int codeLength(AdminLevel level) {
        return 6 + 3 * level.ordinal();
    }

    private static Pattern codePattern(AdminLevel level) {
        return CODE_PATTERNS.get(level);
    }

    private static GridValidationException refused(String field, String code, String reason) {
        return new GridValidationException(field, "unit " + code + ": " + reason);
    }

    private static GridValidationException refused(String field, String code, GeometryProblem problem) {
        return new GridValidationException(field,
                new GeometryProblem("unit " + code + ": " + problem.reason(), problem.lon(), problem.lat()));
    }
}
