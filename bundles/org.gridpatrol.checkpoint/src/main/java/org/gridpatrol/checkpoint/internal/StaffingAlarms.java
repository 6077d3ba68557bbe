package org.gridpatrol.checkpoint.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.checkpoint.api.Staffing;

/**
 * The unstaffed/staffed state of each checkpoint while shifts run there, so that each change is reported
 * once. A checkpoint is unstaffed when none of its rostered units has been present for the grace period,
 * counted from the start of its shifts (or from when this watch began, whichever is later, so that a
 * restart does not raise stale alarms) or from when the last unit was seen to leave. When its shifts end
 * the state is forgotten; an alarm still raised then is cleared. Not thread-safe: one watch thread.
 */
final class StaffingAlarms {

    enum Kind { UNSTAFFED, STAFFED, SHIFT_ENDED }

    /** A change to report. */
    record Alarm(Kind kind, String checkpointCode, Staffing staffing) {
    }

    private final Duration grace;
    private final Instant watchingSince;
    private final Map<String, Watch> watches = new HashMap<>();

    private static final class Watch {
        Instant absentSince;
        boolean raised;
        Staffing last;

        Watch(Instant absentSince) {
            this.absentSince = absentSince;
        }
    }

    StaffingAlarms(Duration grace, Instant watchingSince) {
        this.grace = grace;
        this.watchingSince = watchingSince;
    }

    /** Applies one look at every checkpoint with running shifts; returns the changes to report. */
    List<Alarm> update(Map<String, Roster.Coverage> running, Instant now) {
        List<Alarm> alarms = new ArrayList<>();
        watches.entrySet().removeIf(entry -> {
            boolean ended = !running.containsKey(entry.getKey());
            if (ended && entry.getValue().raised) {
                alarms.add(new Alarm(Kind.SHIFT_ENDED, entry.getKey(), entry.getValue().last));
            }
            return ended;
        });
        running.forEach((code, coverage) -> {
            Watch watch = watches.computeIfAbsent(code, any -> new Watch(later(coverage.since(), watchingSince)));
            Staffing staffing = coverage.staffing();
            watch.last = staffing;
            if (!staffing.present().isEmpty()) {
                watch.absentSince = null;
                if (watch.raised) {
                    watch.raised = false;
                    alarms.add(new Alarm(Kind.STAFFED, code, staffing));
                }
                return;
            }
            if (watch.absentSince == null) {
                watch.absentSince = now;
            }
            if (!watch.raised && !now.isBefore(watch.absentSince.plus(grace))) {
                watch.raised = true;
                alarms.add(new Alarm(Kind.UNSTAFFED, code, staffing));
            }
        });
        return alarms;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
