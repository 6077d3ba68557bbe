package org.gridpatrol.checkpoint.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Pass;

/** The register's rules for one pass; fields named as in the REST body. */
final class PassValidator {

    /** Clock skew of officers' phones we accept; later than that is a typing error. */
    static final Duration MAX_AHEAD = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int MAX_TEXT = 100;

    private PassValidator() {
    }

    static void validate(Pass pass, Instant now, Predicate<String> checkpointExists) throws CheckpointException {
        if (pass.checkpointCode().isBlank()) {
            throw new CheckpointException("checkpointCode", "is required");
        }
        if (!checkpointExists.test(pass.checkpointCode())) {
            throw new CheckpointException("checkpointCode", "no checkpoint '" + pass.checkpointCode() + "'");
        }
        if (pass.time().isAfter(now.plus(MAX_AHEAD))) {
            throw new CheckpointException("time", "is " + Duration.between(now, pass.time()).toMinutes()
                    + " minutes in the future (" + pass.time() + "); at most " + MAX_AHEAD.toMinutes()
                    + " minutes ahead of the server clock are accepted");
        }
        if (pass.time().isBefore(EARLIEST)) {
            throw new CheckpointException("time", "is before " + EARLIEST + ": " + pass.time());
        }
        if (pass.subject() == null || pass.subject().isBlank()) {
            throw new CheckpointException("subject", "must not be blank: the person's name or id, or the plate");
        }
        if (pass.subject().strip().length() > MAX_TEXT) {
            throw new CheckpointException("subject", "is longer than " + MAX_TEXT + " characters");
        }
        if (pass.officer() != null && pass.officer().strip().length() > MAX_TEXT) {
            throw new CheckpointException("officer", "is longer than " + MAX_TEXT + " characters");
        }
    }
}
