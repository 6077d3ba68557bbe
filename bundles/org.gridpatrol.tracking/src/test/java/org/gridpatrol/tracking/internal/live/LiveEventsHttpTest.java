package org.gridpatrol.tracking.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.gridpatrol.testing.Configs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/**
 * The servlet in a real servlet container (Jetty 9.4, Servlet 3.1 as in Pax Web) read by a real HTTP client:
 * asynchronous when every filter supports it, on the request thread when one does not (the login filter).
 */
class LiveEventsHttpTest {

    private Server server;
    private LiveEventsServlet servlet;

    @AfterEach
    void stop() throws Exception {
        if (servlet != null) {
            servlet.deactivate();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void eventsStreamAsynchronouslyWithKeepalivesUntilDeactivation() throws Exception {
        start(true);
        Stream stream = open();
        stream.await(line -> line.equals("retry: 5000"));
        assertThat(stream.contentType).startsWith("text/event-stream");
        assertThat(stream.asyncSupported()).isTrue();

        servlet.handleEvent(new Event(SseMessages.FENCE, Map.of("unit", "P1", "transition", "ENTER")));
        stream.await(line -> line.equals("data: {\"transition\":\"ENTER\",\"unit\":\"P1\"}"));
        assertThat(stream.lines).containsSubsequence("event: fence", "data: {\"transition\":\"ENTER\",\"unit\":\"P1\"}");
        stream.await(line -> line.equals(": keepalive"));

        servlet.deactivate();
        stream.reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(stream.reader.isAlive()).as("stream ended by deactivation").isFalse();
        assertThat(servlet.hub().clientCount()).isZero();
    }

    @Test
    void behindAFilterWithoutAsyncSupportEachClientIsServedByItsRequestThread() throws Exception {
        start(false);
        Stream stream = open();
        stream.await(line -> line.equals("retry: 5000"));
        assertThat(stream.asyncSupported()).isFalse();

        servlet.handleEvent(new Event(SseMessages.STAFFED, Map.of("checkpoint", "C1")));
        stream.await(line -> line.equals("data: {\"checkpoint\":\"C1\"}"));
        assertThat(stream.lines).containsSubsequence("event: staffed", "data: {\"checkpoint\":\"C1\"}");

        servlet.deactivate();
        stream.reader.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(stream.reader.isAlive()).isFalse();
    }

    private void start(boolean filterSupportsAsync) throws Exception {
        servlet = new LiveEventsServlet(Configs.of(LiveEventsConfig.class, Map.of("keepaliveSeconds", 1)));
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        FilterHolder login = new FilterHolder(new PassingFilter());
        login.setAsyncSupported(filterSupportsAsync);
        context.addFilter(login, "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder holder = new ServletHolder(servlet);
        holder.setAsyncSupported(true);
        context.addServlet(holder, LiveEventsServlet.PATH);
        server.setHandler(context);
        server.start();
    }

    private Stream open() throws Exception {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LiveEventsServlet.PATH)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return new Stream(response);
    }

    /** Stands for the login filter; records whether the request could go async behind it. */
    private static final class PassingFilter implements Filter {
        @Override
        public void init(javax.servlet.FilterConfig config) {
            // nothing to set up
        }

        @Override
        public void destroy() {
            // nothing held
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws java.io.IOException, javax.servlet.ServletException {
            response.setCharacterEncoding("UTF-8");
            ((javax.servlet.http.HttpServletResponse) response).setHeader("X-Async",
                    Boolean.toString(request.isAsyncSupported()));
            chain.doFilter(request, response);
        }
    }

    /** Reads the response line by line on a thread of its own. */
    private static final class Stream {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final String contentType;
        final HttpResponse<java.io.InputStream> response;
        final Thread reader;

        Stream(HttpResponse<java.io.InputStream> response) {
            this.response = response;
            this.contentType = response.headers().firstValue("Content-Type").orElse("");
            this.reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ended) {
                    lines.add("!" + ended.getMessage());
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        boolean asyncSupported() {
            return Boolean.parseBoolean(response.headers().firstValue("X-Async").orElse(""));
        }

        void await(Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (lines.stream().noneMatch(wanted) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(lines).anyMatch(wanted);
        }
    }
}
