package org.gridpatrol.gisdata.simulation;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.gridpatrol.gisdata.GisDataset;
import org.gridpatrol.gisdata.Size;

/**
 * The simulator's command line. Relative paths resolve against {@code baseDir} (the module folder under
 * Maven). {@code duration} is simulated time; by default the run ends at about the real time it finishes,
 * so no report has a timestamp in the future.
 */
public record SimulationOptions(Size dataset, long seed, Path units, Path checkpoints, Path unitsOut,
        Path checkpointsOut, Send send, URI target, String topicPrefix, String mqttUsername, String mqttPassword,
        Duration duration, Duration interval, double speedup, double rate, int concurrency, Instant start,
        int standersPerCheckpoint) {

    /** Where reports go. */
    public enum Send { OSMAND, MQTT, NONE }

    static final String USAGE = """
            usage: SimulationMain [--dataset demo|county] [--seed N] [--units FILE] [--checkpoints FILE]
                                  [--units-out FILE] [--checkpoints-out FILE] [--send osmand|mqtt|none]
                                  [--target URL] [--topic-prefix P] [--mqtt-username U] [--mqtt-password P]
                                  [--duration 10m] [--interval 300] [--speedup N|max] [--rate N]
                                  [--concurrency 32] [--start ISO] [--standers 2]""";

    public static SimulationOptions parse(String[] args, Path baseDir) {
        Builder builder = new Builder();
        for (int i = 0; i < args.length; i += 2) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null || value.startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            builder.set(option, value, baseDir);
        }
        return builder.build();
    }

    /** Simulated time as {@code 90s}, {@code 10m}, {@code 2h} or ISO-8601 ({@code PT10M}). */
    static Duration parseDuration(String option, String value) {
        try {
            String text = value.trim().toLowerCase(Locale.ROOT);
            if (text.startsWith("p")) {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(text.replaceAll("[smh]$", ""));
            return switch (text.charAt(text.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(option + " must be like 90s, 10m, 2h or PT10M, got '" + value + "'", e);
        }
    }

    private static final class Builder {
        private Size dataset = Size.DEMO;
        private long seed = GisDataset.DEFAULT_SEED;
        private Path units;
        private Path checkpoints;
        private Path unitsOut;
        private Path checkpointsOut;
        private Send send = Send.NONE;
        private URI target;
        private String topicPrefix = "gridpatrol";
        private String mqttUsername;
        private String mqttPassword;
        private Duration duration;
        private Duration interval = Duration.ofSeconds(300);
        private double speedup = 1;
        private double rate;
        private int concurrency = 32;
        private Instant start;
        private int standers = 2;

        void set(String option, String value, Path baseDir) {
            switch (option) {
                case "--dataset" -> dataset = Size.fromId(value);
                case "--seed" -> seed = parseSeed(value);
                case "--units" -> units = baseDir.resolve(value);
                case "--checkpoints" -> checkpoints = baseDir.resolve(value);
                case "--units-out" -> unitsOut = baseDir.resolve(value);
                case "--checkpoints-out" -> checkpointsOut = baseDir.resolve(value);
                case "--send" -> send = parseSend(value);
                case "--target" -> target = parseUri(value);
                case "--topic-prefix" -> topicPrefix = value;
                case "--mqtt-username" -> mqttUsername = value;
                case "--mqtt-password" -> mqttPassword = value;
                case "--duration" -> duration = parseDuration(option, value);
                case "--interval" -> interval = Duration.ofSeconds((long) number(option, value, 1));
                case "--speedup" -> speedup = value.equalsIgnoreCase("max") ? Double.POSITIVE_INFINITY
                        : positive(option, number(option, value, 0));
                case "--rate" -> rate = number(option, value, 0);
                case "--concurrency" -> concurrency = (int) number(option, value, 1);
                case "--start" -> start = parseInstant(value);
                case "--standers" -> standers = (int) number(option, value, 0);
                default -> throw new IllegalArgumentException("unknown argument '" + option + "'");
            }
        }

        SimulationOptions build() {
            Duration simulated = duration != null ? duration : send == Send.NONE ? Duration.ZERO : Duration.ofMinutes(10);
            URI resolvedTarget = target != null ? target
                    : URI.create(send == Send.MQTT ? "tcp://127.0.0.1:1883" : "http://127.0.0.1:5055");
            Instant resolvedStart = start != null ? start : defaultStart(simulated);
            return new SimulationOptions(dataset, seed, units, checkpoints, unitsOut, checkpointsOut, send,
                    resolvedTarget, topicPrefix, mqttUsername, mqttPassword, simulated, interval, speedup, rate,
                    concurrency, resolvedStart, standers);
        }

        /** Starts in the past by as much as the simulated time will run ahead of real time. */
        private Instant defaultStart(Duration simulated) {
            long realSeconds = Double.isInfinite(speedup) ? 0 : (long) (simulated.toSeconds() / speedup);
            return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(simulated).plusSeconds(realSeconds);
        }

        private static Send parseSend(String value) {
            try {
                return Send.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--send must be osmand, mqtt or none, got '" + value + "'", e);
            }
        }

        private static long parseSeed(String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be an integer, got '" + value + "'", e);
            }
        }

        private static URI parseUri(String value) {
            try {
                return URI.create(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--target is not a URL: '" + value + "'", e);
            }
        }

        private static Instant parseInstant(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--start must be ISO-8601 UTC like 2026-11-22T08:00:00Z, got '"
                        + value + "'", e);
            }
        }

        private static double number(String option, String value, double minimum) {
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a number, got '" + value + "'", e);
            }
            if (number < minimum || Double.isNaN(number)) {
                throw new IllegalArgumentException(option + " must be at least " + minimum + ", got " + value);
            }
            return number;
        }

        private static double positive(String option, double number) {
            if (number <= 0) {
                throw new IllegalArgumentException(option + " must be positive");
            }
            return number;
        }
    }
}
