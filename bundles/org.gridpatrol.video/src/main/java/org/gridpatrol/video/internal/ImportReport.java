package org.gridpatrol.video.internal;

import java.util.List;

/** What a CSV import accepted (camera codes) and refused (line, column, reason); whether it was stored. */
record ImportReport(List<String> accepted, List<Rejection> rejected, boolean committed) {

    record Rejection(int line, String field, String reason) {
    }

    ImportReport {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }
}
