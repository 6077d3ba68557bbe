package org.gridpatrol.video.detect.internal;

import java.util.List;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoFrame;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** OpenCV's HOG people detector, tuned for small, distant people; needs no downloaded weights. */
@Component(service = PersonDetector.class, configurationPid = HogPersonDetector.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = PersonDetector.NAME + "=hog")
@Designate(ocd = HogPersonDetector.Config.class)
public final class HogPersonDetector implements PersonDetector {

    static final String PID = "org.gridpatrol.video.detect.hog";
    private static final Logger LOG = LoggerFactory.getLogger(HogPersonDetector.class);

    @ObjectClassDefinition(name = "GridPatrol HOG person detector",
            description = "OpenCV HOG people detector; the defaults are tuned on vtest.avi (see the benchmark).")
    public @interface Config {
        @AttributeDefinition(description = "Enlarge the frame by this factor (1-4) so people below 64x128 px are found")
        double upscale() default 1.6;

        @AttributeDefinition(description = "Upscale only rows above this fraction of the height (1 = whole frame);"
                + " the whole frame is then also searched at its own size")
        double farBandBottom() default 1.0;

        @AttributeDefinition(description = "SVM decision threshold passed to OpenCV (lower finds more, and more noise)")
        double hitThreshold() default 0.0;

        @AttributeDefinition(description = "Window stride in pixels of the searched image (4 or a multiple of 8)")
        int winStride() default 8;

        @AttributeDefinition(description = "Padding in pixels around the searched image")
        int padding() default 0;

        @AttributeDefinition(description = "Image pyramid step (>1; larger is faster, may miss people)")
        double scale() default 1.3;

        @AttributeDefinition(description = "OpenCV's grouping: a box needs this many neighbours (0 = off, our NMS only)")
        int groupThreshold() default 0;

        @AttributeDefinition(description = "Non-maximum suppression: boxes overlapping more than this IoU are merged")
        double nmsIou() default 0.35;

        @AttributeDefinition(description = "Minimum score in [0,1) (logistic of the SVM margin) to report a person")
        double minScore() default 0.6;

        @AttributeDefinition(description = "Compute HOG on the grey image (faster, nearly the same recall)")
        boolean grayscale() default true;

        @AttributeDefinition(description = "Detections running at once (one per camera worker); more callers wait")
        int threads() default 2;
    }

    private final HogEngine engine;

    @Activate
    public HogPersonDetector(Config config) {
        HogSettings settings;
        try {
            settings = new HogSettings(config.upscale(), config.farBandBottom(), config.hitThreshold(),
                    config.winStride(), config.padding(), config.scale(), config.groupThreshold(), config.nmsIou(),
                    config.minScore(), config.grayscale(), config.threads());
        } catch (IllegalArgumentException e) {
            LOG.error("Configuration {} rejected: {}", PID, e.getMessage());
            throw e;
        }
        engine = new HogEngine(settings);
        LOG.info("HOG person detector ready: {}", settings);
    }

    @Override
    public List<Detection> detect(VideoFrame frame) {
        return engine.detect(frame);
    }

    @Deactivate
    void deactivate() {
        engine.close();
    }
}
