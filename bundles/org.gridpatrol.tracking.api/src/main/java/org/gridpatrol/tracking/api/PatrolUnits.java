package org.gridpatrol.tracking.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The register of patrollers, vehicles and drones. */
public interface PatrolUnits {

    /** EventAdmin topic posted after units were saved, deleted or changed status; property {@code codes}. */
    String TOPIC_CHANGED = "org/gridpatrol/tracking/UNITS_CHANGED";

    Optional<PatrolUnit> find(String code);

    Optional<PatrolUnit> findByDevice(String deviceId);

    /** All units, by code; optionally only one kind, team or status (null for any). */
    List<PatrolUnit> list(UnitKind kind, String team, UnitStatus status);

    long count();

    /**
     * Validates and stores units (insert or replace by code) in one transaction.
     *
     * @throws IllegalArgumentException naming the unit and field of the first invalid unit (blank code or
     *                                  device id, a device id already used by another unit, an unknown home
     *                                  grid); then nothing is stored
     */
    void save(Collection<PatrolUnit> units);

    /** @return false when there is no such unit */
    boolean setStatus(String code, UnitStatus status);

    /** @return false when there is no such unit; its track history is kept until retention removes it */
    boolean delete(String code);
}
