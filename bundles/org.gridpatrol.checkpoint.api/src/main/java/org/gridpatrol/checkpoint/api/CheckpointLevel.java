package org.gridpatrol.checkpoint.api;

/** Which entrance a checkpoint guards. */
public enum CheckpointLevel {
    COUNTY,
    TOWN,
    VILLAGE,
    BUILDING
}
