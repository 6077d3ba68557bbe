package org.gridpatrol.web.internal;

import java.io.Serializable;
import java.util.Set;

/** Who made a request, as established by JAAS; kept in the HTTP session for console users. */
public record AuthenticatedUser(String name, Set<String> roles) implements Serializable {

    static final String REQUEST_ATTRIBUTE = "org.gridpatrol.web.user";

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }
}
