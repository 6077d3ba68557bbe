package org.gridpatrol.tracking.api;

import java.util.Objects;

/**
 * A patroller, patrol vehicle or drone. {@code deviceId} is what its tracker reports as {@code id}
 * (Traccar Client's device identifier), unique across units. {@code phone} is stored in full and masked
 * by the API for callers without the {@code admin} or {@code dispatcher} role. {@code homeGridCode} may
 * be null.
 */
public record PatrolUnit(String code, String name, UnitKind kind, String team, String homeGridCode, String phone,
        String deviceId, UnitStatus status) {

    public PatrolUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(status, "status");
    }

    public PatrolUnit withStatus(UnitStatus newStatus) {
        return new PatrolUnit(code, name, kind, team, homeGridCode, phone, deviceId, newStatus);
    }
}
