package org.gridpatrol.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: routes {@code /api/*}, {@code /ogc} and {@code /wfs} to {@link ApiEndpoint} services,
 * checks roles, writes bodies as JSON and every failure as a problem document. The one place where
 * a client error becomes a status, and where a bug is logged and hidden behind a 500.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/api/*",
    "osgi.http.whiteboard.servlet.pattern=/ogc",
    "osgi.http.whiteboard.servlet.pattern=/ogc/*",
    "osgi.http.whiteboard.servlet.pattern=/wfs",
    "osgi.http.whiteboard.servlet.pattern=/wfs/*",
    "osgi.http.whiteboard.servlet.name=gridpatrol-api"
})
public final class ApiDispatcherServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcherServlet.class);
    /** Larger bodies are refused before they are read into memory. */
    static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    private final transient ApiRoutes routes = new ApiRoutes();
    private final transient JsonWriter json = new JsonWriter();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addEndpoint(ApiEndpoint endpoint, Map<String, Object> properties) {
        routes.add(endpoint, properties);
    }

    void removeEndpoint(ApiEndpoint endpoint) {
        routes.remove(endpoint);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = AuthenticationFilter.pathOf(request);
        try {
            ApiRoutes.Match match = routes.match(path)
                    .orElseThrow(() -> ApiException.notFound("path", "no API resource at " + path));
            AuthenticatedUser user = (AuthenticatedUser) request.getAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE);
            if (user == null) {
                throw new ApiException(401, "Authorization", "login required");
            }
            checkRoles(match.route().roles(), user);
            boolean head = request.getMethod().equals("HEAD");
            ApiRequest apiRequest = new ApiRequest(head ? "GET" : request.getMethod(), match.subPath(),
                    QueryStrings.parse(request.getQueryString()), headersOf(request), bodyOf(request),
                    user.name(), user.roles(), baseUrlOf(request));
            ApiResponse answer = match.route().endpoint().handle(apiRequest);
            write(answer, response, head);
        } catch (ApiException clientError) {
            LOG.debug("{} {} refused: {} {}", request.getMethod(), path, clientError.status(), clientError.detail());
            json.writeProblem(response, clientError, request.getRequestURI());
        } catch (RuntimeException bug) {
            LOG.error("{} {} failed", request.getMethod(), path, bug);
            if (!response.isCommitted()) {
                response.reset();
                json.writeProblem(response, new ApiException(500, null, "internal error; see the server log"),
                        request.getRequestURI());
            }
        }
    }

    private static void checkRoles(Set<String> required, AuthenticatedUser user) {
        if (required.isEmpty() || user.roles().contains("admin")
                || user.roles().stream().anyMatch(required::contains)) {
            return;
        }
        throw new ApiException(403, "role", "needs one of the roles " + required);
    }

    private void write(ApiResponse answer, HttpServletResponse response, boolean headOnly) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        Object body = answer.body();
        if (body == null) {
            return;
        }
        response.setContentType(answer.contentType());
        if (answer.contentType().startsWith("application/") && answer.contentType().contains("json")
                || answer.contentType().startsWith("text/")) {
            response.setCharacterEncoding("UTF-8");
        }
        if (headOnly) {
            return;
        }
        OutputStream out = response.getOutputStream();
        if (body instanceof byte[]) {
            out.write((byte[]) body);
        } else if (body instanceof String) {
            out.write(((String) body).getBytes(StandardCharsets.UTF_8));
        } else {
            json.write(body, out);
        }
    }

    private static Map<String, String> headersOf(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!name.equalsIgnoreCase("Authorization") && !name.equalsIgnoreCase("Cookie")) {
                headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
            }
        }
        return headers;
    }

    private static byte[] bodyOf(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw new ApiException(413, "body", "is " + declared + " bytes; the limit is " + MAX_BODY_BYTES);
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (body.size() + read > MAX_BODY_BYTES) {
                    throw new ApiException(413, "body", "exceeds the limit of " + MAX_BODY_BYTES + " bytes");
                }
                body.write(buffer, 0, read);
            }
            return body.toByteArray();
        }
    }

    private static String baseUrlOf(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return request.getScheme() + "://" + host + request.getContextPath();
    }
}
