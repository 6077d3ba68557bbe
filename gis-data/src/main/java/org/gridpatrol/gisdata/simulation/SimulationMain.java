package org.gridpatrol.gisdata.simulation;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.gridpatrol.gisdata.GisDataGenerator;
import org.gridpatrol.gisdata.GisDataset;

/**
 * Command line of the seed-scale simulation: generates (or reads) checkpoints and units for a dataset, writes
 * them if asked, then moves the units and sends their reports (see {@link SimulationOptions#USAGE}). Ends
 * with one summary line; exit code 2 for bad arguments, 1 when nothing sent was accepted.
 */
public final class SimulationMain {

    private static final Logger LOG = System.getLogger(SimulationMain.class.getName());

    private SimulationMain() {
    }

    public static void main(String[] args) throws Exception {
        SimulationOptions options;
        try {
            options = SimulationOptions.parse(args, Path.of(System.getProperty(GisDataGenerator.BASEDIR_PROPERTY, "")));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, e.getMessage() + System.lineSeparator() + SimulationOptions.USAGE);
            System.exit(2);
            return;
        }
        SimulationRunner.Result result;
        try {
            result = run(options);
        } catch (IllegalArgumentException | IllegalStateException | IOException e) {
            // bad input files or an unreachable broker: say which, without a stack trace
            LOG.log(Level.ERROR, e.getMessage());
            System.exit(2);
            return;
        }
        LOG.log(Level.INFO, summary(options, result));
        if (result.stats().sent() > 0 && result.stats().accepted() == 0) {
            System.exit(1);
        }
    }

    static SimulationRunner.Result run(SimulationOptions options) throws IOException, InterruptedException {
        long started = System.nanoTime();
        DatasetIndex dataset = DatasetIndex.of(GisDataset.generate(options.dataset(), options.seed()));
        List<SeedCheckpoint> checkpoints = options.checkpoints() != null ? readCheckpoints(options.checkpoints())
                : CheckpointGenerator.generate(dataset, CheckpointGenerator.countFor(options.dataset()), options.seed());
        List<SimUnit> units = options.units() != null ? readUnits(options.units())
                : UnitsGenerator.generate(dataset, UnitCounts.forSize(options.dataset()), options.seed());
        LOG.log(Level.INFO, "{0} dataset, {1} checkpoints, {2} units ready in {3} ms", options.dataset().id(),
                Integer.toString(checkpoints.size()), Integer.toString(units.size()),
                Long.toString((System.nanoTime() - started) / 1_000_000));
        if (options.checkpointsOut() != null) {
            write(options.checkpointsOut(), out -> CheckpointGeoJson.write(checkpoints, out));
        }
        if (options.unitsOut() != null) {
            write(options.unitsOut(), out -> UnitsCsv.write(units, out));
        }
        MovementSimulator simulator = new MovementSimulator(dataset, units, checkpoints, new MovementSimulator.Settings(
                options.seed(), options.interval(), options.start(), options.standersPerCheckpoint()));
        LOG.log(Level.INFO, "{0} units report every {1} s, {2} of them stand at checkpoints; simulating {3} from {4}",
                Integer.toString(simulator.reportingUnits()), Long.toString(options.interval().toSeconds()),
                Integer.toString(simulator.standers().size()), options.duration(), options.start());
        try (PositionSender sender = sender(options)) {
            return new SimulationRunner(options.speedup(), options.rate())
                    .run(simulator, sender, options.duration(), options.interval());
        }
    }

    private static PositionSender sender(SimulationOptions options) {
        return switch (options.send()) {
            case NONE -> PositionSender.none();
            case OSMAND -> new OsmAndSender(options.target(), options.concurrency());
            case MQTT -> {
                try {
                    yield new MqttSender(new MqttSender.Settings(options.target().toString(), options.topicPrefix(),
                            options.concurrency(), options.mqttUsername(), options.mqttPassword(),
                            Duration.ofSeconds(2)));
                } catch (MqttException e) {
                    throw new IllegalStateException("cannot connect to the MQTT broker at " + options.target()
                            + ": " + e.getMessage(), e);
                }
            }
        };
    }

    static String summary(SimulationOptions options, SimulationRunner.Result result) {
        SendStats stats = result.stats();
        return String.format(Locale.ROOT, "SUMMARY send=%s reports=%d sent=%d accepted=%d rejected=%d errors=%d "
                + "simulated=%ds elapsed=%.1fs throughput=%.1f/s p50=%.1fms p99=%.1fms",
                options.send().name().toLowerCase(Locale.ROOT), result.reports(), stats.sent(), stats.accepted(),
                stats.rejected(), stats.errors(), result.simulated().toSeconds(), result.elapsed().toNanos() / 1e9,
                result.throughputPerSecond(), stats.p50Millis(), stats.p99Millis());
    }

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static void write(Path file, Content content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        }
        LOG.log(Level.INFO, "wrote {0} ({1} bytes)", file, Long.toString(Files.size(file)));
    }

    private static List<SeedCheckpoint> readCheckpoints(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CheckpointGeoJson.read(in);
        }
    }

    private static List<SimUnit> readUnits(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return UnitsCsv.read(in);
        }
    }
}
