package org.gridpatrol.video.stream.internal;

import java.lang.annotation.Annotation;

/** A {@link StreamConfig} for tests: defaults with short timeouts and quick reconnection. */
public class StreamConfigs implements StreamConfig {

    @Override
    public Class<? extends Annotation> annotationType() {
        return StreamConfig.class;
    }

    @Override
    public double defaultAnalysisFps() {
        return 3;
    }

    @Override
    public String defaultDetector() {
        return "hog";
    }

    @Override
    public int queueCapacity() {
        return 2;
    }

    @Override
    public double readTimeoutSeconds() {
        return 2;
    }

    @Override
    public double initialBackoffSeconds() {
        return 0.5;
    }

    @Override
    public double maxBackoffSeconds() {
        return 2;
    }

    @Override
    public String rtspTransport() {
        return "tcp";
    }
}
