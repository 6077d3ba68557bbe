package org.gridpatrol.tracking.fences;

import java.time.Duration;
import java.util.Objects;

/**
 * Debouncing and dwell rules of a {@link FenceMonitor}.
 *
 * @param inertiaReports   consecutive reports inside (outside) needed to settle a unit inside (outside);
 *                         1 settles on the first report
 * @param hysteresisMetres reports within this distance of a fence's boundary are no evidence either way
 * @param dwellTime        time inside after which one DWELL is emitted per stay
 */
public record FenceRules(int inertiaReports, double hysteresisMetres, Duration dwellTime) {

    public FenceRules {
        if (inertiaReports < 1) {
            throw new IllegalArgumentException("inertiaReports must be at least 1, was " + inertiaReports);
        }
        if (!(hysteresisMetres >= 0) || Double.isInfinite(hysteresisMetres)) {
            throw new IllegalArgumentException("hysteresisMetres must be finite and >= 0, was " + hysteresisMetres);
        }
        Objects.requireNonNull(dwellTime, "dwellTime");
        if (dwellTime.isNegative() || dwellTime.isZero()) {
            throw new IllegalArgumentException("dwellTime must be positive, was " + dwellTime);
        }
    }
}
