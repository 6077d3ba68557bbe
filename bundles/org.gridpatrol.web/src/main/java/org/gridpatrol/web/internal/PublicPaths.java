package org.gridpatrol.web.internal;

/** Which paths answer without login, and which are API paths (401 rather than a redirect). */
final class PublicPaths {

    private PublicPaths() {
    }

    static boolean isPublic(String path) {
        return path.equals("/health") || path.equals("/login") || path.equals("/login.html")
                || path.startsWith("/login/") || path.equals("/js/i18n.js") || path.equals("/favicon.ico");
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/ogc") || path.startsWith("/ogc/")
                || path.equals("/wfs") || path.startsWith("/wfs/") || path.startsWith("/live/");
    }
}
