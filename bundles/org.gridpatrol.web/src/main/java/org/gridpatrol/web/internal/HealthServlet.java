package org.gridpatrol.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/** {@code GET /health}: the one answer given without login, for load balancers and start scripts. */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=/health",
    "osgi.http.whiteboard.servlet.name=gridpatrol-health"})
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write("{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8));
    }
}
