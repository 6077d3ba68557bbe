package org.gridpatrol.video.stream.internal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.ImagePoint;
import org.gridpatrol.video.api.VideoFrame;
import org.gridpatrol.video.api.Zone;
import org.junit.jupiter.api.Test;

class FrameRendererTest {

    private final FrameRenderer renderer = new FrameRenderer();
    private final Zone zone = new Zone("z", "Gate", List.of(new ImagePoint(200, 40), new ImagePoint(300, 40),
            new ImagePoint(300, 200), new ImagePoint(200, 200)), 2, 1, 1, 0, 0);
    private final Detection person = new Detection(new ImageBox(40, 60, 50, 120), 0.9);

    @Test
    void drawsGreenBoxesAndYellowZonesOnAGreyFrame() throws IOException {
        BufferedImage image = decode(renderer.jpeg(frame(Set.of()), true));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(300);
        assertColour(image, 40, 120, Color.GREEN);
        assertColour(image, 300, 120, Color.YELLOW);
        assertColour(image, 350, 250, Color.GRAY);
    }

    @Test
    void anAlertingZoneIsRedAndPlainFramesHaveNoOverlays() throws IOException {
        assertColour(decode(renderer.jpeg(frame(Set.of("z")), true)), 300, 120, Color.RED);
        BufferedImage plain = decode(renderer.jpeg(frame(Set.of("z")), false));
        assertColour(plain, 40, 120, Color.GRAY);
        assertColour(plain, 300, 120, Color.GRAY);
    }

    private AnalysedFrame frame(Set<String> alerting) {
        byte[] grey = new byte[400 * 300 * 3];
        java.util.Arrays.fill(grey, (byte) 128);
        return new AnalysedFrame("cam", new VideoFrame(400, 300, grey, 0, Instant.now()), List.of(person), List.of(zone),
                Map.of("z", 0), alerting);
    }

    private static BufferedImage decode(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    /** JPEG blurs a 2-pixel line into the grey around it: classify the pixel by its dominant channels. */
    private static void assertColour(BufferedImage image, int x, int y, Color expected) {
        Color c = new Color(image.getRGB(x, y));
        int r = c.getRed();
        int g = c.getGreen();
        int b = c.getBlue();
        Color seen = g > r + 40 && g > b + 40 ? Color.GREEN
                : r > b + 40 && g > b + 40 ? Color.YELLOW
                : r > g + 40 && r > b + 40 ? Color.RED
                : Math.abs(r - g) < 20 && Math.abs(g - b) < 20 ? Color.GRAY : null;
        assertThat(seen).as("colour at %d,%d was %s", x, y, c).isEqualTo(expected);
    }
}
