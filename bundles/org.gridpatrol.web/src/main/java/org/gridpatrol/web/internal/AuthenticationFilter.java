package org.gridpatrol.web.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.gridpatrol.web.api.ApiException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Lets a request through only with a console session or valid HTTP Basic credentials (GDAL, QGIS,
 * scripts). Pages without login go to the login page; API calls get 401 with a Basic challenge,
 * except from the console's own fetches, which would otherwise pop the browser's password dialog.
 */
@Component(service = Filter.class, property = {
    "osgi.http.whiteboard.filter.pattern=/*",
    "osgi.http.whiteboard.filter.name=gridpatrol-authentication",
    // It only decides before the chain runs, so async servlets behind it (the live event stream) may go async.
    "osgi.http.whiteboard.filter.asyncSupported=true"
})
public final class AuthenticationFilter implements Filter {

    static final String SESSION_USER = "org.gridpatrol.web.session.user";

    private final Authenticator authenticator;
    private final CredentialCache recentlyAccepted = new CredentialCache(Duration.ofSeconds(60), Clock.systemUTC());
    private final JsonWriter json = new JsonWriter();

    @Activate
    public AuthenticationFilter(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up: everything comes through the constructor
    }

    @Override
    public void destroy() {
        // nothing held that needs releasing
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = pathOf(request);
        if (PublicPaths.isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        String authorization = request.getHeader("Authorization");
        Optional<AuthenticatedUser> user = authorization != null ? basicUser(authorization) : sessionUser(request);
        if (user.isPresent()) {
            request.setAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE, user.get());
            chain.doFilter(request, response);
        } else if (PublicPaths.isApi(path) || authorization != null) {
            if (!fromConsoleScript(request)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"GridPatrol\", charset=\"UTF-8\"");
            }
            String detail = authorization != null ? "user name or password is wrong" : "login required";
            json.writeProblem(response, new ApiException(401, "Authorization", detail), request.getRequestURI());
        } else {
            response.sendRedirect(request.getContextPath() + "/login.html");
        }
    }

    /**
     * The console's fetches send X-Requested-With; its EventSource cannot set headers but asks for an event
     * stream. Neither gets a Basic challenge, which would pop the browser's password dialog.
     */
    private static boolean fromConsoleScript(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("X-Requested-With") != null
                || accept != null && accept.contains("text/event-stream");
    }

    private Optional<AuthenticatedUser> basicUser(String authorization) {
        Optional<AuthenticatedUser> cached = recentlyAccepted.find(authorization);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<AuthenticatedUser> user = BasicCredentials.parse(authorization)
                .flatMap(credentials -> authenticator.authenticate(credentials.user(), credentials.password()));
        user.ifPresent(accepted -> recentlyAccepted.remember(authorization, accepted));
        return user;
    }

    private static Optional<AuthenticatedUser> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object user = session.getAttribute(SESSION_USER);
        return user instanceof AuthenticatedUser ? Optional.of((AuthenticatedUser) user) : Optional.empty();
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
