package org.gridpatrol.tracking.api;

import java.util.Set;

/** Which units are settled inside which fences now: the membership state the transitions change. */
public interface FenceMembership {

    Set<String> unitsInside(String fenceId);

    Set<String> fencesOf(String unitCode);
}
