package org.gridpatrol.checkpoint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.checkpoint.api.Checkpoint;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Checkpoints;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds an empty checkpoint register, so that a fresh installation has checkpoints on the map. */
@Component(configurationPid = CheckpointSeedConfig.PID)
@Designate(ocd = CheckpointSeedConfig.class)
public class CheckpointSeed {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSeed.class);
    private static final String KARAF_HOME = "${karaf.home}";

    @Activate
    public CheckpointSeed(@Reference Checkpoints checkpoints, @Reference GeoJsonCodec codec,
            CheckpointSeedConfig config) {
        if (!config.enabled()) {
            LOG.debug("Demo checkpoints disabled");
            return;
        }
        if (config.checkpointsFile() == null || config.checkpointsFile().isBlank()) {
            LOG.error("{}: checkpointsFile must name a GeoJSON file when enabled", CheckpointSeedConfig.PID);
            throw new IllegalArgumentException("checkpointsFile is empty");
        }
        Path file = Path.of(config.checkpointsFile().replace(KARAF_HOME, System.getProperty("karaf.home", ".")))
                .toAbsolutePath().normalize();
        if (checkpoints.count() > 0) {
            LOG.debug("The checkpoint register is not empty; {} not loaded", file);
            return;
        }
        load(checkpoints, codec, file);
    }

    /** Loads {@code file}; returns how many checkpoints were stored, 0 when it could not. */
    static int load(Checkpoints checkpoints, GeoJsonCodec codec, Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warn("Demo checkpoints {} not found; the register stays empty", file);
            return 0;
        }
        try (InputStream in = Files.newInputStream(file)) {
            List<Checkpoint> read = new GeoJsonCheckpointReader(codec).read(in);
            checkpoints.save(read);
            LOG.info("Loaded {} demo checkpoints from {}", read.size(), file);
            return read.size();
        } catch (IOException unreadable) {
            LOG.warn("Demo checkpoints {} could not be read: {}", file, unreadable.getMessage());
        } catch (CheckpointException refused) {
            LOG.warn("Demo checkpoints {} refused, {}: {} (at {}, {})", file, refused.field(), refused.getMessage(),
                    refused.lon(), refused.lat());
        }
        return 0;
    }
}
