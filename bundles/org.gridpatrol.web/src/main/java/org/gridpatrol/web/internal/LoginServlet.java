package org.gridpatrol.web.internal;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

/** The console's form login ({@code POST /login}) and logout ({@code /logout}). */
@Component(service = Servlet.class, configurationPid = WebConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {"osgi.http.whiteboard.servlet.pattern=/login", "osgi.http.whiteboard.servlet.pattern=/logout",
            "osgi.http.whiteboard.servlet.name=gridpatrol-login"})
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Authenticator authenticator;
    private final int sessionTimeoutSeconds;

    @Activate
    public LoginServlet(@Reference Authenticator authenticator, WebConfig config) {
        this.authenticator = authenticator;
        this.sessionTimeoutSeconds = config.sessionTimeoutMinutes() * 60;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        response.sendRedirect(request.getContextPath() + "/login.html");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().equals("/logout")) {
            doGet(request, response);
            return;
        }
        String user = request.getParameter("username");
        String password = request.getParameter("password");
        Optional<AuthenticatedUser> accepted = user == null || password == null || user.isBlank()
                ? Optional.empty()
                : authenticator.authenticate(user.trim(), password.toCharArray());
        if (accepted.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login.html?error=1");
            return;
        }
        HttpSession previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate(); // a fresh session id at login defeats session fixation
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(sessionTimeoutSeconds);
        session.setAttribute(AuthenticationFilter.SESSION_USER, accepted.get());
        response.sendRedirect(request.getContextPath() + "/");
    }
}
