package org.gridpatrol.video.detect.internal;

import java.io.IOException;
import java.nio.file.Path;
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

/**
 * OpenCV DNN with a user-supplied ONNX YOLO model (v5 or v8 style head). Needs a configuration naming
 * the model; a missing or unreadable model fails activation with one clear log line.
 */
@Component(service = PersonDetector.class, configurationPid = DnnPersonDetector.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = PersonDetector.NAME + "=dnn")
@Designate(ocd = DnnPersonDetector.Config.class)
public final class DnnPersonDetector implements PersonDetector {

    static final String PID = "org.gridpatrol.video.detect.dnn";
    private static final Logger LOG = LoggerFactory.getLogger(DnnPersonDetector.class);

    @ObjectClassDefinition(name = "GridPatrol DNN person detector",
            description = "OpenCV DNN running a user-supplied ONNX YOLO model (no model ships with GridPatrol)")
    public @interface Config {
        @AttributeDefinition(description = "Path of the ONNX model file, e.g. ${karaf.etc}/../models/yolov8n.onnx")
        String model();

        @AttributeDefinition(description = "Square network input size in pixels (multiple of 32)")
        int inputSize() default 640;

        @AttributeDefinition(description = "Minimum person score in (0,1)")
        double confidence() default 0.35;

        @AttributeDefinition(description = "Non-maximum suppression IoU threshold")
        double nmsIou() default 0.45;

        @AttributeDefinition(description = "Index of the person class in the model's classes (0 for COCO)")
        int personClass() default 0;

        @AttributeDefinition(description = "Output layout: AUTO, V8 ([1,4+classes,N]) or V5 ([1,N,5+classes])")
        String layout() default "AUTO";

        @AttributeDefinition(description = "Networks loaded (detections running at once)")
        int threads() default 1;
    }

    private final DnnEngine engine;

    @Activate
    public DnnPersonDetector(Config config) throws IOException {
        try {
            DnnSettings settings = new DnnSettings(Path.of(config.model() == null ? "" : config.model()),
                    config.inputSize(), config.confidence(), config.nmsIou(), config.personClass(),
                    YoloDecoder.Layout.valueOf(config.layout().trim().toUpperCase(java.util.Locale.ROOT)),
                    config.threads());
            engine = new DnnEngine(settings);
            LOG.info("DNN person detector ready: {}", settings);
        } catch (IllegalArgumentException | IOException e) {
            LOG.error("DNN person detector not started ({}): {}", PID, e.getMessage());
            throw e;
        }
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
