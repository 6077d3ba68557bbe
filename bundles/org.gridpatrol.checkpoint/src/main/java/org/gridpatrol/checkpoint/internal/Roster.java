package org.gridpatrol.checkpoint.internal;

import java.time.Instant;
import java.util.Map;
import org.gridpatrol.checkpoint.api.DutyRoster;
import org.gridpatrol.checkpoint.api.Staffing;

/** The roster as this bundle's watch and endpoints use it: the staffing of every checkpoint at once. */
interface Roster extends DutyRoster {

    /** Every checkpoint with a shift running at {@code at}, by code. */
    Map<String, Coverage> running(Instant at);

    /** A checkpoint's running shifts: the earliest start among them and who is rostered and present. */
    record Coverage(Instant since, Staffing staffing) {
    }
}
