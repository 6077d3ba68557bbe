package org.gridpatrol.video.stream.internal.live;

/**
 * The latest analysed frame of a camera, numbered, with its JPEGs rendered at most once each,
 * on first demand, however many clients watch.
 */
public final class LiveFrame {

    private final AnalysedFrame analysed;
    private final long sequence;
    private final FrameRenderer renderer;
    private byte[] plain;
    private byte[] withOverlays;

    LiveFrame(AnalysedFrame analysed, long sequence, FrameRenderer renderer) {
        this.analysed = analysed;
        this.sequence = sequence;
        this.renderer = renderer;
    }

    public AnalysedFrame analysed() {
        return analysed;
    }

    public long sequence() {
        return sequence;
    }

    public synchronized byte[] jpeg(boolean overlays) {
        if (overlays) {
            if (withOverlays == null) {
                withOverlays = renderer.jpeg(analysed, true);
            }
            return withOverlays;
        }
        if (plain == null) {
            plain = renderer.jpeg(analysed, false);
        }
        return plain;
    }
}
