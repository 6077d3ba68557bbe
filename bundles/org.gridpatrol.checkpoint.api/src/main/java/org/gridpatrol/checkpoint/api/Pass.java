package org.gridpatrol.checkpoint.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One check at a checkpoint. {@code subject} is the person's name or id, or for a vehicle its plate;
 * {@code inbound} true for in, false for out. {@code id} is assigned by the register (0 before).
 */
public record Pass(long id, String checkpointCode, Instant time, SubjectKind subjectKind, String subject,
        boolean inbound, HealthCode healthCode, PassType passType, String officer) {

    public Pass {
        Objects.requireNonNull(checkpointCode, "checkpointCode");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(healthCode, "healthCode");
        Objects.requireNonNull(passType, "passType");
    }

    public enum SubjectKind {
        PERSON,
        VEHICLE
    }
}
