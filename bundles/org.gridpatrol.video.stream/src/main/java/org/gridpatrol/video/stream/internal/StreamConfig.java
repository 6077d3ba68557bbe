package org.gridpatrol.video.stream.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Camera workers, PID {@code org.gridpatrol.video.stream} ({@code etc/org.gridpatrol.video.stream.cfg}). */
@ObjectClassDefinition(name = "GridPatrol video stream", description = "Camera ingest and analysis workers")
public @interface StreamConfig {

    @AttributeDefinition(description = "Frames analysed per second when a camera sets none (0.1 to 30)")
    double defaultAnalysisFps() default 3;

    @AttributeDefinition(description = "Person detector used when a camera names none")
    String defaultDetector() default "hog";

    @AttributeDefinition(description = "Frames waiting for analysis per camera; older ones are dropped (1 to 8)")
    int queueCapacity() default 2;

    @AttributeDefinition(description = "FFmpeg read and connect timeout for network streams, seconds (0.5 to 120)")
    double readTimeoutSeconds() default 5;

    @AttributeDefinition(description = "First reconnection delay, seconds; doubles on each failure")
    double initialBackoffSeconds() default 1;

    @AttributeDefinition(description = "Longest reconnection delay, seconds")
    double maxBackoffSeconds() default 30;

    @AttributeDefinition(description = "RTSP transport when the URL has no rtsp_transport parameter: tcp or udp")
    String rtspTransport() default "tcp";
}
