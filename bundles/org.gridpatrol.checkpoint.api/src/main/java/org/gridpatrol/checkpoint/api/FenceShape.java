package org.gridpatrol.checkpoint.api;

/** How a checkpoint's fence is drawn. */
public enum FenceShape {
    /** The drawn polygon itself. */
    POLYGON,
    /** A circle of {@code sizeMetres} radius around the location. */
    CIRCLE,
    /** Everything within {@code sizeMetres} of a road's centre line, flat ends. */
    CORRIDOR
}
