package org.gridpatrol.grid.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.GridQuery;
import org.locationtech.jts.geom.Envelope;

/** The WHERE clause of a {@link GridQuery} and its parameters, in an SQL both dialects accept. */
final class UnitFilter {

    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    static UnitFilter of(GridQuery query) {
        UnitFilter filter = new UnitFilter();
        if (query.level() != null) {
            filter.and("level = ?", query.level().id());
        }
        if (query.parentCode() != null) {
            filter.and("parent_code = ?", query.parentCode());
        }
        if (query.code() != null) {
            filter.and("code = ?", query.code());
        }
        Envelope bbox = query.bbox();
        if (bbox != null && !bbox.isNull()) {
            String envelope = "ST_MakeEnvelope(?, ?, ?, ?, " + GridUnitRows.SRID + ")";
            // && lets H2GIS use its spatial index; ST_Intersects then decides exactly.
            filter.and("geom && " + envelope + " AND ST_Intersects(geom, " + envelope + ")",
                    bbox.getMinX(), bbox.getMinY(), bbox.getMaxX(), bbox.getMaxY(),
                    bbox.getMinX(), bbox.getMinY(), bbox.getMaxX(), bbox.getMaxY());
        }
        return filter;
    }

    /** Units whose name contains {@code text} or whose code starts with it, case-insensitively. */
    static UnitFilter matching(String text) {
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new UnitFilter().and("(LOWER(name) LIKE LOWER(?) ESCAPE '\\' OR code LIKE ? ESCAPE '\\')",
                "%" + escaped + "%", escaped + "%");
    }

    private UnitFilter and(String condition, Object... values) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    String sql() {
        return where.toString();
    }

    /** Binds the filter's parameters from index 1; returns the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object value : parameters) {
            if (value instanceof Double number) {
                statement.setDouble(index++, number);
            } else {
                statement.setString(index++, (String) value);
            }
        }
        return index;
    }
}
