package org.gridpatrol.tracking.internal.units;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds an empty register from a CSV, so that a demo installation has patrollers to put on the map. Rows
 * that are refused are logged and skipped; the others are stored.
 */
@Component(configurationPid = UnitSeedConfig.PID, immediate = true)
@Designate(ocd = UnitSeedConfig.class)
public class UnitSeed {

    private static final Logger LOG = LoggerFactory.getLogger(UnitSeed.class);
    private static final String KARAF_HOME = "${karaf.home}";

    @Activate
    public UnitSeed(@Reference PatrolUnits units, UnitSeedConfig config) {
        this(units, config, System.getProperty("karaf.home", "."));
    }

    UnitSeed(PatrolUnits units, UnitSeedConfig config, String karafHome) {
        String configured = config.unitsFile() == null ? "" : config.unitsFile().trim();
        if (configured.isEmpty()) {
            LOG.debug("{}: no unitsFile, no demo units", UnitSeedConfig.PID);
            return;
        }
        if (units.count() > 0) {
            LOG.debug("The patrol unit register is not empty; {} not loaded", configured);
            return;
        }
        load(units, Path.of(configured.replace(KARAF_HOME, karafHome)).toAbsolutePath().normalize());
    }

    /** Stores the units of {@code file}; returns how many. */
    static int load(PatrolUnits units, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            LOG.warn("Demo patrol units {} could not be read: {}", file, unreadable.getMessage());
            return 0;
        }
        UnitCsv.Parsed parsed = UnitCsv.parse(bytes);
        parsed.problems().forEach(problem -> LOG.warn("Demo patrol unit in {} line {} refused, {}: {}", file,
                problem.line(), problem.field(), problem.reason()));
        List<PatrolUnit> remaining = new ArrayList<>(parsed.units());
        // save() refuses a whole batch for its first bad unit: drop that one and try the rest again.
        while (!remaining.isEmpty()) {
            try {
                units.save(remaining);
                break;
            } catch (UnitInputException refused) {
                LOG.warn("Demo patrol unit in {} refused: {}", file, refused.getMessage());
                remaining.remove(refused.index());
            }
        }
        LOG.info("Loaded {} demo patrol units from {}", remaining.size(), file);
        return remaining.size();
    }
}
