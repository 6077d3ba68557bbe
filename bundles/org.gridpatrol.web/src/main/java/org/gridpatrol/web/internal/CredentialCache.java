package org.gridpatrol.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers recently accepted Basic credentials for a short time, so GIS clients that send them on
 * every request (GDAL pages through thousands of features) do not run a JAAS login each time. Keys
 * are SHA-256 digests of the header; passwords are never kept.
 */
final class CredentialCache {

    private static final int MAX_ENTRIES = 1_000;

    private record Entry(AuthenticatedUser user, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;

    CredentialCache(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    Optional<AuthenticatedUser> find(String authorizationHeader) {
        Entry entry = entries.get(digest(authorizationHeader));
        if (entry == null || entry.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    void remember(String authorizationHeader, AuthenticatedUser user) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> entry.expires().isBefore(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(digest(authorizationHeader), new Entry(user, clock.instant().plus(lifetime)));
    }

    private static String digest(String header) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(header.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
        }
    }
}
