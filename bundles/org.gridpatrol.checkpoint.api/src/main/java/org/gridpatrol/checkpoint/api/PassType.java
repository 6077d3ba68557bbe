package org.gridpatrol.checkpoint.api;

/** What let the person or vehicle through. */
public enum PassType {
    /** Resident pass of the village or community. */
    RESIDENT,
    /** Electronic pass of a whitelisted returning worker. */
    ELECTRONIC,
    VISITOR
}
