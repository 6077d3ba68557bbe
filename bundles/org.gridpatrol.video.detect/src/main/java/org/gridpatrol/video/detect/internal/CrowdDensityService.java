package org.gridpatrol.video.detect.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.gridpatrol.video.api.CrowdDensity;
import org.gridpatrol.video.api.Zone;
import org.gridpatrol.video.api.ZoneDensity;
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
 * Crowd density per zone (MOG2 foreground area weighted by a perspective model each camera fits from
 * its own detections). One {@link ZoneDensity} per camera; those still open when the component goes
 * away are closed, so their native memory is freed even if a camera forgets to.
 */
@Component(service = CrowdDensity.class, configurationPid = CrowdDensityService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = CrowdDensityService.Config.class)
public final class CrowdDensityService implements CrowdDensity {

    static final String PID = "org.gridpatrol.video.detect.density";
    private static final Logger LOG = LoggerFactory.getLogger(CrowdDensityService.class);

    @ObjectClassDefinition(name = "GridPatrol crowd density",
            description = "Foreground-area crowd estimate per zone, calibrated from each camera's detections")
    public @interface Config {
        @AttributeDefinition(description = "Detections scoring at least this (0-1) calibrate the perspective model")
        double calibrationScore() default 0.75;

        @AttributeDefinition(description = "Frames that only teach the background before detections calibrate")
        int warmupFrames() default 20;

        @AttributeDefinition(description = "Calibration detections kept per camera (the newest)")
        int maxSamples() default 400;

        @AttributeDefinition(description = "Refit the perspective model after this many new detections")
        int refitEvery() default 10;
    }

    private final DensitySettings settings;
    private final Set<CameraDensity> open = ConcurrentHashMap.newKeySet();

    @Activate
    public CrowdDensityService(Config config) {
        try {
            settings = new DensitySettings(config.calibrationScore(), config.warmupFrames(), config.maxSamples(),
                    config.refitEvery());
        } catch (IllegalArgumentException e) {
            LOG.error("Configuration {} rejected: {}", PID, e.getMessage());
            throw e;
        }
        LOG.info("Crowd density ready: {}", settings);
    }

    @Override
    public ZoneDensity open(int width, int height, List<Zone> zones) {
        CameraDensity density = new CameraDensity(width, height, zones, settings, open::remove);
        open.add(density);
        return density;
    }

    /** Estimators opened and not yet closed. */
    int openCount() {
        return open.size();
    }

    @Deactivate
    void deactivate() {
        List.copyOf(open).forEach(CameraDensity::close);
    }
}
