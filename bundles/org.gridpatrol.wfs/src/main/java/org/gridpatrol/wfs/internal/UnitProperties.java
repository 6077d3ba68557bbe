package org.gridpatrol.wfs.internal;

import java.util.Map;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridWorker;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Turns the attribute values of an Insert or Update into a unit. Read-only attributes may be sent back
 * unchanged (GDAL sends every field): {@code version} is ignored, {@code code} and {@code level} must match.
 * The phone is served masked ({@code 138****5678}); sent back masked it means "unchanged", any other
 * masked value is refused, so a masked number can never overwrite the real one.
 */
final class UnitProperties {

    private final WfsVersion version;

    UnitProperties(WfsVersion version) {
        this.version = version;
    }

    GridUnit inserted(TransactionRequest.Insert insert) {
        Map<String, String> values = insert.attributes();
        String where = insert.locator();
        String code = values.get(ServedFeature.CODE);
        if (code == null || !code.matches("\\d{6,18}")) {
            throw WfsException.invalidParameter(version, where + "/" + ServedFeature.CODE, "code must be 6 to 18 "
                    + "digits (GB/T 2260 based), got " + (code == null ? "nothing" : "'" + code + "'"));
        }
        checkLevel(values, insert.type().level(), where);
        if (insert.geometry() == null) {
            throw WfsException.missingParameter(version, where + "/" + ServedFeature.GEOMETRY, "a new " + insert.type().id()
                    + " needs a geometry");
        }
        String parent = values.containsKey(ServedFeature.PARENT) ? values.get(ServedFeature.PARENT) : parentOf(code);
        GridWorker worker = worker(values, null, null, where);
        return new GridUnit(code, requiredName(values, where), insert.type().level(), parent, insert.geometry(), worker);
    }

    /**
     * {@code current} with the Update's values applied; {@code read} is the state the client read, whose
     * masked phone also counts as "unchanged".
     */
    GridUnit updated(GridUnit current, GridUnit read, TransactionRequest.Update update) {
        Map<String, String> values = update.attributes();
        String where = update.locator();
        String code = values.get(ServedFeature.CODE);
        if (values.containsKey(ServedFeature.CODE) && !current.code().equals(code)) {
            throw WfsException.invalidParameter(version, where + "/" + ServedFeature.CODE, "code cannot be changed by "
                    + "Update (from " + current.code() + " to " + code + "); delete and insert instead");
        }
        checkLevel(values, current.level(), where);
        String name = values.containsKey(ServedFeature.NAME) ? requiredName(values, where) : current.name();
        String parent = values.containsKey(ServedFeature.PARENT) ? values.get(ServedFeature.PARENT) : current.parentCode();
        MultiPolygon geometry = current.geometry();
        if (update.geometryGiven()) {
            if (update.geometry() == null) {
                throw WfsException.invalidParameter(version, where + "/" + ServedFeature.GEOMETRY,
                        "the geometry of a " + update.type().id() + " cannot be removed");
            }
            geometry = update.geometry();
        }
        return new GridUnit(current.code(), name, current.level(), parent, geometry,
                worker(values, current.worker(), read.worker(), where));
    }

    private GridWorker worker(Map<String, String> values, GridWorker current, GridWorker read, String where) {
        String name = values.containsKey(ServedFeature.WORKER_NAME) ? values.get(ServedFeature.WORKER_NAME)
                : current == null ? null : current.name();
        String phone = current == null ? null : current.phone();
        if (values.containsKey(ServedFeature.WORKER_PHONE)) {
            String sent = values.get(ServedFeature.WORKER_PHONE);
            boolean masked = sent != null && sent.contains("*");
            if (!masked) {
                phone = sent;
            } else if (!sent.equals(maskedPhone(current)) && !sent.equals(maskedPhone(read))) {
                throw WfsException.invalidParameter(version, where + "/" + ServedFeature.WORKER_PHONE,
                        "'" + sent + "' is a masked phone number that does not match the stored one; send the full "
                                + "number to change it, or the value as served to keep it");
            }
        }
        return name == null && phone == null ? null : new GridWorker(name, phone);
    }

    private void checkLevel(Map<String, String> values, AdminLevel level, String where) {
        String sent = values.get(ServedFeature.LEVEL);
        if (sent != null && AdminLevel.byId(sent).filter(level::equals).isEmpty()) {
            throw WfsException.invalidParameter(version, where + "/" + ServedFeature.LEVEL, "level must be '"
                    + level.id() + "' for this feature type, got '" + sent + "'");
        }
    }

    private String requiredName(Map<String, String> values, String where) {
        String name = values.get(ServedFeature.NAME);
        if (name == null || name.isBlank()) {
            throw WfsException.invalidParameter(version, where + "/" + ServedFeature.NAME, "name must not be empty");
        }
        return name.strip();
    }

    /** Codes grow by 3 digits per level below the 6-digit county. */
    static String parentOf(String code) {
        return code.length() <= 6 ? null : code.substring(0, code.length() - 3);
    }

    private static String maskedPhone(GridWorker worker) {
        return worker == null ? null : worker.maskedPhone();
    }
}
