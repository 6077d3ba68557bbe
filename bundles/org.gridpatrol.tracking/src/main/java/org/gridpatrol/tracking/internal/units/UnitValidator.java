package org.gridpatrol.tracking.internal.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridpatrol.tracking.api.PatrolUnit;

/**
 * The rules a batch of units must meet before anything is stored. Codes end up in URL paths and device ids
 * in MQTT topic levels, so both are limited to letters, digits and a few separators.
 */
final class UnitValidator {

    static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");
    static final Pattern DEVICE_ID = Pattern.compile("[\\p{L}\\p{N}._:@-]{1,64}");
    /** A path segment of the units API that a unit code must not shadow. */
    static final String RESERVED_CODE = "live";
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{1,32}");

    private final Predicate<String> gridExists;

    /** @param gridExists whether a grid unit with that code is stored */
    UnitValidator(Predicate<String> gridExists) {
        this.gridExists = gridExists;
    }

    /**
     * @param stored the register before the batch, by code
     * @throws UnitInputException for the first unit refused
     */
    void validate(List<PatrolUnit> batch, Map<String, PatrolUnit> stored) {
        Set<String> batchCodes = batch.stream().map(PatrolUnit::code).collect(Collectors.toSet());
        Map<String, String> storedDeviceOwners = new HashMap<>();
        stored.values().forEach(unit -> storedDeviceOwners.put(unit.deviceId(), unit.code()));
        Map<String, Integer> codesSeen = new HashMap<>();
        Map<String, Integer> devicesSeen = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            PatrolUnit unit = batch.get(i);
            single(i, unit);
            Integer sameCode = codesSeen.putIfAbsent(unit.code(), i);
            if (sameCode != null) {
                throw new UnitInputException(i, unit.code(), "code", "appears twice in the batch (also unit #" + sameCode + ")");
            }
            Integer sameDevice = devicesSeen.putIfAbsent(unit.deviceId(), i);
            if (sameDevice != null) {
                throw new UnitInputException(i, unit.code(), "deviceId",
                        "'" + unit.deviceId() + "' is also given to unit #" + sameDevice + " of the batch");
            }
            String owner = storedDeviceOwners.get(unit.deviceId());
            if (owner != null && !owner.equals(unit.code()) && !batchCodes.contains(owner)) {
                throw new UnitInputException(i, unit.code(), "deviceId",
                        "'" + unit.deviceId() + "' already belongs to unit '" + owner + "'");
            }
        }
    }

    private void single(int index, PatrolUnit unit) {
        String code = unit.code();
        if (code.isBlank()) {
            throw new UnitInputException(index, code, "code", "is blank");
        }
        if (!CODE.matcher(code).matches()) {
            throw new UnitInputException(index, code, "code",
                    "must be 1 to 64 letters, digits, '.', '_' or '-', got '" + code + "'");
        }
        if (code.equals(RESERVED_CODE)) {
            throw new UnitInputException(index, code, "code", "'" + RESERVED_CODE + "' names /api/v1/patrol-units/live, not a unit");
        }
        if (unit.deviceId().isBlank()) {
            throw new UnitInputException(index, code, "deviceId", "is blank");
        }
        if (!DEVICE_ID.matcher(unit.deviceId()).matches()) {
            throw new UnitInputException(index, code, "deviceId",
                    "must be 1 to 64 letters, digits, '.', '_', ':', '@' or '-', got '" + unit.deviceId() + "'");
        }
        checkLength(index, code, "name", unit.name(), 200);
        checkLength(index, code, "team", unit.team(), 100);
        if (unit.phone() != null && !PHONE.matcher(unit.phone()).matches()) {
            throw new UnitInputException(index, code, "phone", "must be up to 32 digits, spaces, '+', '-' or brackets");
        }
        String grid = unit.homeGridCode();
        if (grid != null && !gridExists.test(grid)) {
            throw new UnitInputException(index, code, "homeGridCode", "no grid unit with code '" + grid + "'");
        }
    }

    private static void checkLength(int index, String code, String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new UnitInputException(index, code, field, "is longer than " + max + " characters");
        }
    }
}
