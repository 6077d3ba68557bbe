package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleServletTest {

    @Test
    void mapsConsoleAndWebJarPathsToBundleResources() {
        assertThat(ConsoleServlet.resourceFor("/index.html")).isEqualTo("console/index.html");
        assertThat(ConsoleServlet.resourceFor("/js/main.js")).isEqualTo("console/js/main.js");
        assertThat(ConsoleServlet.resourceFor("/webjars/openlayers/6.4.3/ol.js"))
                .isEqualTo("META-INF/resources/webjars/openlayers/6.4.3/ol.js");
    }

    @Test
    void refusesPathsThatTryToLeaveTheFoldersOrNameNoFile() {
        assertThat(ConsoleServlet.resourceFor("/../OSGI-INF/x.xml")).isNull();
        assertThat(ConsoleServlet.resourceFor("/js/..%2f..")).isNull();
        assertThat(ConsoleServlet.resourceFor("/webjars/..\\x.class")).isNull();
        assertThat(ConsoleServlet.resourceFor("//etc/passwd")).isNull();
        assertThat(ConsoleServlet.resourceFor("/js/")).isNull();
        assertThat(ConsoleServlet.resourceFor("/org/gridpatrol/web/internal/ConsoleServlet")).isNull();
    }

    @Test
    void theConsoleFilesAndOpenLayersAreInTheBundle() {
        ClassLoader bundle = ConsoleServlet.class.getClassLoader();
        assertThat(bundle.getResource(ConsoleServlet.resourceFor("/index.html"))).isNotNull();
        assertThat(bundle.getResource(ConsoleServlet.resourceFor("/login.html"))).isNotNull();
        assertThat(bundle.getResource(ConsoleServlet.resourceFor("/js/i18n.js"))).isNotNull();
    }
}
