package org.gridpatrol.checkpoint.internal;

/** Checks of {@link DutyConfig} values shared by the components configured by it. */
final class DutyConfigs {

    private DutyConfigs() {
    }

    /** @throws IllegalArgumentException naming the key when out of range */
    static int presenceMaxAgeMinutes(DutyConfig config) {
        int minutes = config.presenceMaxAgeMinutes();
        if (minutes < 1 || minutes > 1440) {
            throw new IllegalArgumentException(DutyConfig.PID + ": presenceMaxAgeMinutes must be from 1 to 1440, was "
                    + minutes);
        }
        return minutes;
    }
}
