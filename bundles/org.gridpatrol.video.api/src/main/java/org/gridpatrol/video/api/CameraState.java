package org.gridpatrol.video.api;

/** Where a camera's worker stands. */
public enum CameraState {
    /** Opening the stream for the first time. */
    CONNECTING,
    /** Frames arrive and are analysed. */
    ONLINE,
    /** The stream dropped or cannot be opened; the worker retries with backoff. */
    OFFLINE,
    /** The configuration cannot work (malformed URL, invalid zone, unknown detector); no retry until changed. */
    UNHEALTHY,
    /** Switched off in the register. */
    DISABLED
}
