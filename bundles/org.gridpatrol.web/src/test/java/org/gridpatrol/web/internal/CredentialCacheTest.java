package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), clock);
    private final AuthenticatedUser gis = new AuthenticatedUser("gis", Set.of("gis-editor"));

    @Test
    void remembersAnAcceptedHeaderUntilItExpires() {
        cache.remember("Basic Z2lzOmdpczEyMw==", gis);

        clock.now = clock.now.plusSeconds(59);
        assertThat(cache.find("Basic Z2lzOmdpczEyMw==")).contains(gis);
        clock.now = clock.now.plusSeconds(2);
        assertThat(cache.find("Basic Z2lzOmdpczEyMw==")).isEmpty();
    }

    @Test
    void anotherHeaderIsNotRecognised() {
        cache.remember("Basic Z2lzOmdpczEyMw==", gis);

        assertThat(cache.find("Basic Z2lzOndyb25n")).isEmpty();
    }

    @Test
    void staysBoundedWhenFlooded() {
        for (int i = 0; i < 5_000; i++) {
            cache.remember("Basic header-" + i, gis);
        }

        assertThat(cache.find("Basic header-4999")).contains(gis);
        assertThat(cache.find("Basic header-0")).isEmpty();
    }
}
