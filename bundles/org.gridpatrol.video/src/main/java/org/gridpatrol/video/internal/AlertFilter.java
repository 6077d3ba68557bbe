package org.gridpatrol.video.internal;

/**
 * Which alerts to list, newest first: any of {@code cameraCode}, {@code gridPrefix} (a unit code: the
 * alerts in it and every unit below, since child codes extend their parent's) may be null.
 */
record AlertFilter(String cameraCode, String gridPrefix, boolean unacknowledgedOnly, int limit) {

    static AlertFilter newest(int limit) {
        return new AlertFilter(null, null, false, limit);
    }
}
