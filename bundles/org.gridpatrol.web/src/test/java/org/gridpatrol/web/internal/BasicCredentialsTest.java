package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPasswordWithColonsAndChineseInThePassword() {
        var credentials = BasicCredentials.parse(basic("gis:巡防:2026")).orElseThrow();

        assertThat(credentials.user()).isEqualTo("gis");
        assertThat(new String(credentials.password())).isEqualTo("巡防:2026");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(BasicCredentials.parse(basic("a:b").replace("Basic", "basic"))).isPresent();
    }

    @Test
    void refusesOtherSchemesBrokenBase64AndMissingUser() {
        assertThat(BasicCredentials.parse(null)).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic !!!not-base64")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no-colon"))).isEmpty();
        assertThat(BasicCredentials.parse(basic(":password-only"))).isEmpty();
    }
}
