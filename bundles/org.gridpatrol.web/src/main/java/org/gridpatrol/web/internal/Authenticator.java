package org.gridpatrol.web.internal;

import java.util.Optional;

/** Checks a user name and password; the JAAS realm in production. */
public interface Authenticator {

    Optional<AuthenticatedUser> authenticate(String user, char[] password);
}
