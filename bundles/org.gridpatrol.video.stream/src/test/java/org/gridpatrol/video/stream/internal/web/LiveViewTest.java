package org.gridpatrol.video.stream.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.gridpatrol.video.api.CameraState;
import org.gridpatrol.video.stream.internal.Cameras;
import org.gridpatrol.video.stream.internal.HogPersonDetector;
import org.gridpatrol.video.stream.internal.PipelineFixture;
import org.gridpatrol.video.stream.internal.TestVideo;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The frame endpoint and the MJPEG servlet over a running file camera. */
class LiveViewTest {

    private PipelineFixture pipeline;

    @BeforeEach
    void start() {
        String vtest = TestVideo.vtest().toString();
        pipeline = new PipelineFixture(new HogPersonDetector());
        pipeline.registry.save(Cameras.fixed("cam1", vtest, List.of(Cameras.wholeImage(2))));
        pipeline.awaitState("cam1", CameraState.ONLINE, Duration.ofSeconds(30));
        org.gridpatrol.video.stream.internal.Waits.until(Duration.ofSeconds(30), "first analysed frame",
                () -> pipeline.hub.latest("cam1").isPresent(), () -> pipeline.health("cam1"));
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void frameEndpointAnswersTheLatestFrameAsJpeg() throws IOException {
        CameraFrameEndpoint endpoint = new CameraFrameEndpoint(pipeline.supervisor);
        ApiResponse answer = endpoint.handle(get("/cam1.jpg", Map.of("overlays", List.of("true"))));
        assertThat(answer.contentType()).isEqualTo("image/jpeg");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream((byte[]) answer.body()));
        assertThat(image.getWidth()).isEqualTo(768);
        assertThat(image.getHeight()).isEqualTo(576);
        assertStatus(() -> endpoint.handle(get("/other.jpg", Map.of())), 404);
        assertStatus(() -> endpoint.handle(get("/cam1.jpg", Map.of("overlays", List.of("yes")))), 400);
        assertStatus(() -> endpoint.handle(get("/cam1/frame.jpg", Map.of())), 404);
    }

    @Test
    void mjpegStreamsPartsUntilTheClientGoesAway() throws Exception {
        LiveViewServlet servlet = new LiveViewServlet(pipeline.supervisor, pipeline.hub);
        Map<String, String> headers = new HashMap<>();
        ClientStream client = new ClientStream(3);
        servlet.doGet(request("/cam1.mjpeg"), response(headers, client));
        assertThat(headers.get("Content-Type")).isEqualTo("multipart/x-mixed-replace; boundary=gridpatrolframe");
        String text = client.received.toString(StandardCharsets.ISO_8859_1);
        assertThat(text.split("--gridpatrolframe\r\nContent-Type: image/jpeg\r\n", -1)).hasSizeGreaterThanOrEqualTo(3);
        int start = text.indexOf("\r\n\r\n") + 4;
        byte[] all = client.received.toByteArray();
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(all, start, all.length - start));
        assertThat(first.getWidth()).isEqualTo(768);

        Map<String, String> unknownHeaders = new HashMap<>();
        servlet.doGet(request("/nope.mjpeg"), response(unknownHeaders, new ClientStream(1)));
        assertThat(unknownHeaders.get("status")).isEqualTo("404");
    }

    private static void assertStatus(Runnable call, int status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(status));
    }

    private static ApiRequest get(String subPath, Map<String, List<String>> query) {
        return new ApiRequest("GET", subPath, query, Map.of(), new byte[0], "patrol", Set.of("patrol-operator"),
                "http://localhost:8181");
    }

    private static HttpServletRequest request(String pathInfo) {
        return (HttpServletRequest) Proxy.newProxyInstance(LiveViewTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPathInfo" -> pathInfo;
                    case "getMethod" -> "GET";
                    default -> null;
                });
    }

    /** A servlet container's response reduced to what the servlet uses: headers, status and the body stream. */
    private static HttpServletResponse response(Map<String, String> headers, ClientStream body) {
        return (HttpServletResponse) Proxy.newProxyInstance(LiveViewTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "sendError" -> headers.put("status", String.valueOf(args[0]));
                        case "getOutputStream" -> {
                            return body;
                        }
                        default -> {
                        }
                    }
                    return null;
                });
    }

    /** A client that reads {@code parts} frames and then hangs up (the next write fails, as with a closed socket). */
    private static final class ClientStream extends ServletOutputStream {

        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private int flushesLeft;

        ClientStream(int parts) {
            this.flushesLeft = parts;
        }

        @Override
        public void write(int b) throws IOException {
            if (flushesLeft <= 0) {
                throw new IOException("Broken pipe");
            }
            received.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (flushesLeft <= 0) {
                throw new IOException("Broken pipe");
            }
            received.write(b, off, len);
        }

        @Override
        public void flush() {
            flushesLeft--;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    }
}
