package org.gridpatrol.video.stream.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.gridpatrol.video.api.CameraMonitor;
import org.gridpatrol.video.stream.internal.live.LiveFrame;
import org.gridpatrol.video.stream.internal.live.LiveFrameHub;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /video/live/{code}.mjpeg}: the camera's analysed frames with overlays as
 * {@code multipart/x-mixed-replace}, one part per analysed frame. Every client reads the shared
 * latest frame (rendered once); a client that goes away ends its loop at the next write, and while
 * the camera sends nothing the last frame is repeated every few seconds to notice that.
 */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=/video/live/*",
    "osgi.http.whiteboard.servlet.name=gridpatrol-video-live"})
public final class LiveViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LiveViewServlet.class);
    private static final String BOUNDARY = "gridpatrolframe";
    private static final Pattern STREAM = Pattern.compile("/([^/]+)\\.mjpeg");
    static final Duration KEEP_ALIVE = Duration.ofSeconds(5);

    private final transient CameraMonitor monitor;
    private final transient LiveFrameHub hub;
    private volatile boolean closed;

    @Activate
    public LiveViewServlet(@Reference CameraMonitor monitor, @Reference LiveFrameHub hub) {
        this.monitor = monitor;
        this.hub = hub;
    }

    @Deactivate
    public void deactivate() {
        closed = true;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = STREAM.matcher(String.valueOf(request.getPathInfo()));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "use /video/live/{code}.mjpeg");
            return;
        }
        String code = path.group(1);
        if (monitor.health(code).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no camera with code '" + code + "'");
            return;
        }
        response.setContentType("multipart/x-mixed-replace; boundary=" + BOUNDARY);
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        try {
            stream(code, out);
        } catch (IOException clientGone) {
            LOG.debug("Live view of {} ended: {}", code, clientGone.getMessage());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void stream(String code, OutputStream out) throws IOException, InterruptedException {
        long sent = -1;
        LiveFrame last = hub.latest(code).orElse(null);
        if (last != null) {
            writePart(out, last.jpeg(true));
            sent = last.sequence();
        }
        while (!closed && monitor.health(code).isPresent()) {
            Optional<LiveFrame> next = hub.awaitNewer(code, sent, KEEP_ALIVE);
            if (next.isPresent()) {
                last = next.get();
                sent = last.sequence();
                writePart(out, last.jpeg(true));
            } else if (last != null) {
                writePart(out, last.jpeg(true));
            }
        }
    }

    private static void writePart(OutputStream out, byte[] jpeg) throws IOException {
        String head = "--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + jpeg.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(jpeg);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
