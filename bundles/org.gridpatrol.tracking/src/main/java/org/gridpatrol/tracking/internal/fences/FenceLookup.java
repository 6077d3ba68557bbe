package org.gridpatrol.tracking.internal.fences;

import java.util.Optional;

import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceMembership;

/** Inside the bundle: the memberships plus the fences they refer to, for the REST endpoint. */
public interface FenceLookup extends FenceMembership {

    /** A fence of the index in use. */
    Optional<Fence> fence(String id);
}
