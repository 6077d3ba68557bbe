package org.gridpatrol.gisdata;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command line: {@code GisDataGenerator --size demo|county --out <file> [--seed N]}. A relative {@code --out}
 * is resolved against the system property {@value #BASEDIR_PROPERTY} when set (the Maven exec configuration
 * sets it to the module folder), else against the working directory.
 */
public final class GisDataGenerator {

    public static final String BASEDIR_PROPERTY = "gridpatrol.gisdata.basedir";
    static final String USAGE = "usage: GisDataGenerator --size demo|county --out <file> [--seed N]";

    private static final Logger LOG = System.getLogger(GisDataGenerator.class.getName());

    private GisDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args, Path.of(System.getProperty(BASEDIR_PROPERTY, "")));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.ERROR, e.getMessage() + System.lineSeparator() + USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        int count = generate(options);
        // numbers as strings: MessageFormat would group their digits
        LOG.log(Level.INFO, "wrote {0} features ({1}, seed {2}) to {3}: {4} bytes in {5} ms", Integer.toString(count),
                options.size().id(), Long.toString(options.seed()), options.out(),
                Long.toString(Files.size(options.out())), Long.toString((System.nanoTime() - started) / 1_000_000));
    }

    /** Generates and writes the dataset; returns the number of features written. */
    static int generate(Options options) throws IOException {
        List<GisFeature> features = GisDataset.generate(options.size(), options.seed());
        Path parent = options.out().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(options.out())) {
            new GeoJsonWriter().write(features, out);
        }
        return features.size();
    }

    /** Parsed command line. */
    record Options(Size size, Path out, long seed) {

        static Options parse(String[] args, Path baseDir) {
            Size size = null;
            Path out = null;
            long seed = GisDataset.DEFAULT_SEED;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--size" -> size = Size.fromId(required(args[i], value));
                    case "--out" -> out = baseDir.resolve(required(args[i], value));
                    case "--seed" -> seed = parseSeed(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
                i++;
            }
            if (size == null || out == null) {
                throw new IllegalArgumentException("--size and --out are required");
            }
            return new Options(size, out, seed);
        }

        private static String required(String option, String value) {
            if (value == null || value.startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }

        private static long parseSeed(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be an integer, got '" + value + "'", e);
            }
        }
    }
}
