package org.gridpatrol.checkpoint.api;

/** Health-code colour shown at a check. */
public enum HealthCode {
    GREEN,
    YELLOW,
    RED
}
