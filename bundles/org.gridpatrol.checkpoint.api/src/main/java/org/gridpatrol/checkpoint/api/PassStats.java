package org.gridpatrol.checkpoint.api;

import java.time.LocalDate;

/** Passes at one checkpoint on one day (Asia/Shanghai), by health-code colour. */
public record PassStats(String checkpointCode, LocalDate day, long passes, long green, long yellow, long red) {

    /** Share of red codes, 0 when there were no passes. */
    public double redShare() {
        return passes == 0 ? 0 : (double) red / passes;
    }
}
