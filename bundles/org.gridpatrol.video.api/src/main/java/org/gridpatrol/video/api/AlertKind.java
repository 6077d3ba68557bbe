package org.gridpatrol.video.api;

/** What an alert is about. */
public enum AlertKind {
    /** At least the zone's threshold of people for its duration. */
    CROWD,
    /** One person inside a zone for the loitering time. */
    LOITERING
}
