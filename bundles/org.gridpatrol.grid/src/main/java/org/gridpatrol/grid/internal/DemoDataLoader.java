package org.gridpatrol.grid.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.GeoJsonCodec;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.grid.api.GridValidationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds an empty store with the demo hierarchy, so that a fresh installation has units to show. */
@Component(configurationPid = DemoDataConfig.PID)
@Designate(ocd = DemoDataConfig.class)
public class DemoDataLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String KARAF_HOME = "${karaf.home}";

    @Activate
    public DemoDataLoader(@Reference GridUnits units, @Reference GeoJsonCodec codec, DemoDataConfig config) {
        if (!config.enabled()) {
            LOG.debug("Demo grid data disabled");
            return;
        }
        if (config.file() == null || config.file().isBlank()) {
            LOG.error("{}: file must name a GeoJSON file when enabled", DemoDataConfig.PID);
            throw new IllegalArgumentException("file is empty");
        }
        Path file = resolve(config.file(), System.getProperty("karaf.home", "."));
        if (units.count() > 0) {
            LOG.debug("Store already holds grid units; {} not loaded", file);
            return;
        }
        load(units, codec, file);
    }

    static Path resolve(String configured, String karafHome) {
        return Path.of(configured.replace(KARAF_HOME, karafHome)).toAbsolutePath().normalize();
    }

    /** Loads {@code file}; returns how many units were stored, 0 when it could not. */
    static int load(GridUnits units, GeoJsonCodec codec, Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warn("Demo grid data {} not found; the store stays empty", file);
            return 0;
        }
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            List<GridUnit> read = new GeoJsonUnitReader(codec).read(in);
            units.save(read);
            LOG.info("Loaded {} grid units from {} in {} ms", read.size(), file,
                    (System.nanoTime() - started) / 1_000_000);
            return read.size();
        } catch (IOException unreadable) {
            LOG.warn("Demo grid data {} could not be read: {}", file, unreadable.getMessage());
        } catch (GeoInputException badFeature) {
            LOG.warn("Demo grid data {} refused at {}: {}", file, badFeature.field(), badFeature.getMessage());
        } catch (GridValidationException invalid) {
            LOG.warn("Demo grid data {} refused, field {}: {} (at {}, {})", file, invalid.field(),
                    invalid.getMessage(), invalid.problem().lon(), invalid.problem().lat());
        }
        return 0;
    }
}
