package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void onlyHealthAndTheLoginPageAndItsAssetsArePublic() {
        assertThat(PublicPaths.isPublic("/health")).isTrue();
        assertThat(PublicPaths.isPublic("/login.html")).isTrue();
        assertThat(PublicPaths.isPublic("/login")).isTrue();
        assertThat(PublicPaths.isPublic("/login/login.css")).isTrue();
        assertThat(PublicPaths.isPublic("/js/i18n.js")).isTrue();

        assertThat(PublicPaths.isPublic("/")).isFalse();
        assertThat(PublicPaths.isPublic("/index.html")).isFalse();
        assertThat(PublicPaths.isPublic("/js/main.js")).isFalse();
        assertThat(PublicPaths.isPublic("/healthz")).isFalse();
        assertThat(PublicPaths.isPublic("/login.html.bak")).isFalse();
        assertThat(PublicPaths.isPublic("/api/v1/locate")).isFalse();
        assertThat(PublicPaths.isPublic("/ogc")).isFalse();
    }

    @Test
    void apiPathsAnswer401RatherThanRedirecting() {
        assertThat(PublicPaths.isApi("/api/v1/locate")).isTrue();
        assertThat(PublicPaths.isApi("/ogc")).isTrue();
        assertThat(PublicPaths.isApi("/live/events")).as("the live stream answers 401, not a redirect").isTrue();
        assertThat(PublicPaths.isApi("/ogc/collections")).isTrue();
        assertThat(PublicPaths.isApi("/wfs")).isTrue();
        assertThat(PublicPaths.isApi("/")).isFalse();
        assertThat(PublicPaths.isApi("/ogcx")).isFalse();
    }
}
