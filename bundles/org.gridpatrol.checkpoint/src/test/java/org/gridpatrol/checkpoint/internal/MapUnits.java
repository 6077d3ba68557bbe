package org.gridpatrol.checkpoint.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;

/** Patrol units held in a map: the tracking bundle's register is input here, not the thing tested. */
final class MapUnits implements PatrolUnits {

    private final Map<String, PatrolUnit> units = new TreeMap<>();

    MapUnits(String... codes) {
        for (String code : codes) {
            units.put(code, new PatrolUnit(code, "巡逻员" + code, UnitKind.PATROLLER, "一组", null, null, "dev-" + code,
                    UnitStatus.AVAILABLE));
        }
    }

    @Override
    public Optional<PatrolUnit> find(String code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public Optional<PatrolUnit> findByDevice(String deviceId) {
        return units.values().stream().filter(unit -> unit.deviceId().equals(deviceId)).findFirst();
    }

    @Override
    public List<PatrolUnit> list(UnitKind kind, String team, UnitStatus status) {
        return List.copyOf(units.values());
    }

    @Override
    public long count() {
        return units.size();
    }

    @Override
    public void save(Collection<PatrolUnit> saved) {
        saved.forEach(unit -> units.put(unit.code(), unit));
    }

    @Override
    public boolean setStatus(String code, UnitStatus status) {
        return units.computeIfPresent(code, (any, unit) -> unit.withStatus(status)) != null;
    }

    @Override
    public boolean delete(String code) {
        return units.remove(code) != null;
    }
}
