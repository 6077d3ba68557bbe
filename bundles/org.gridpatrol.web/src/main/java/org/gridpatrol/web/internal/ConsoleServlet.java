package org.gridpatrol.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * Serves the console's static files from this bundle ({@code console/}) and the WebJars copied in at
 * build time ({@code /webjars/...}); {@code /} is the map page.
 */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=/",
    "osgi.http.whiteboard.servlet.name=gridpatrol-console"})
public final class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=UTF-8"),
            Map.entry("js", "text/javascript; charset=UTF-8"),
            Map.entry("mjs", "text/javascript; charset=UTF-8"),
            Map.entry("css", "text/css; charset=UTF-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = AuthenticationFilter.pathOf(request);
        if (path.isEmpty() || path.equals("/")) {
            path = "/index.html";
        }
        String resource = resourceFor(path);
        URL url = resource == null ? null : getClass().getClassLoader().getResource(resource);
        if (url == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
        // Library files never change under a versioned path; our own files may change with every release.
        response.setHeader("Cache-Control", path.startsWith("/webjars/") ? "public, max-age=86400" : "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** The bundle resource for a request path, or null for anything that tries to leave the folders. */
    static String resourceFor(String path) {
        if (path.contains("..") || path.contains("\\") || path.contains("//") || path.lastIndexOf('.') < path.lastIndexOf('/')) {
            return null;
        }
        return path.startsWith("/webjars/") ? "META-INF/resources" + path : "console" + path;
    }
}
