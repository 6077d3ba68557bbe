package org.gridpatrol.tracking.fences.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One unit's state for one fence it is inside of, or on its way into: the settled state plus the streak of
 * consecutive reports that contradict it. Absent means settled outside with no streak.
 */
public final class Membership {

    /** What applying one report's evidence did to the settled state. */
    public enum Change { NONE, ENTERED, EXITED, DROPPED }

    private boolean settledInside;
    private int streak;
    private Instant streakStart;
    private Instant stayStart;
    private boolean dwellReported;

    /** Settled inside without a transition (a unit's first report). */
    public static Membership settledInside(Instant since) {
        Membership membership = new Membership();
        membership.settledInside = true;
        membership.stayStart = since;
        return membership;
    }

    /** Outside, about to count reports inside. */
    public static Membership pending() {
        return new Membership();
    }

    public boolean isSettledInside() {
        return settledInside;
    }

    /**
     * Applies one report. A report without evidence neither counts towards nor breaks a streak; a report
     * agreeing with the settled state resets the streak.
     */
    public Change apply(Evidence evidence, Instant time, int inertiaReports) {
        if (evidence == Evidence.NONE) {
            return Change.NONE;
        }
        boolean reportsInside = evidence == Evidence.INSIDE;
        if (reportsInside == settledInside) {
            streak = 0;
            return settledInside ? Change.NONE : Change.DROPPED;
        }
        if (streak++ == 0) {
            streakStart = time;
        }
        if (streak < inertiaReports) {
            return Change.NONE;
        }
        streak = 0;
        settledInside = reportsInside;
        if (!settledInside) {
            return Change.EXITED;
        }
        // The stay began with the first report of the streak, not the one that confirmed it.
        stayStart = streakStart;
        dwellReported = false;
        return Change.ENTERED;
    }

    /** True once per stay, on the first report at least {@code dwellTime} after the stay began. */
    public boolean dwellDue(Instant time, Duration dwellTime) {
        if (!settledInside || dwellReported || Duration.between(stayStart, time).compareTo(dwellTime) < 0) {
            return false;
        }
        dwellReported = true;
        return true;
    }
}
