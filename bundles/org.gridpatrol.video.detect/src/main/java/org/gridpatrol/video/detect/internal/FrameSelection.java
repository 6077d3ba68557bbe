package org.gridpatrol.video.detect.internal;

import java.util.List;
import java.util.TreeSet;

/** Parses frame arguments: single indices ({@code 30}) and inclusive ranges ({@code 60-90}), from 0. */
final class FrameSelection {

    private static final int MAX_FRAMES = 1_000_000;

    private FrameSelection() {
    }

    static List<Long> parse(List<String> arguments) {
        TreeSet<Long> frames = new TreeSet<>();
        for (String argument : arguments) {
            for (String part : argument.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int dash = p.indexOf('-', 1);
                long from = number(dash < 0 ? p : p.substring(0, dash), p);
                long to = dash < 0 ? from : number(p.substring(dash + 1), p);
                if (to < from) {
                    throw new IllegalArgumentException("frame range " + p + " runs backwards");
                }
                if (to - from >= MAX_FRAMES) {
                    throw new IllegalArgumentException("frame range " + p + " is too long");
                }
                for (long f = from; f <= to; f++) {
                    frames.add(f);
                }
            }
        }
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("no frames given");
        }
        return List.copyOf(frames);
    }

    private static long number(String text, String argument) {
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0) {
                throw new IllegalArgumentException("frame " + argument + " is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a frame index or a-b range: " + argument, e);
        }
    }
}
