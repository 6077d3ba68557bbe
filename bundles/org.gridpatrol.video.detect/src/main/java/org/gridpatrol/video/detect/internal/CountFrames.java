package org.gridpatrol.video.detect.internal;

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Command line evaluation: {@code CountFrames [--method hog|hog-default|density] <video> <frames|a-b...>}
 * prints one {@code frame,count} line per requested frame (frames from 0). Exit code 2 on bad
 * arguments, 1 when the video cannot be read.
 */
public final class CountFrames {

    private CountFrames() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String method = "hog";
        if (rest.size() >= 2 && rest.get(0).equals("--method")) {
            method = rest.get(1);
            rest = rest.subList(2, rest.size());
        }
        if (rest.size() < 2) {
            err.println("usage: CountFrames [--method hog|hog-default|density] <video file> <frame|a-b>...");
            System.exit(2);
        }
        try {
            Map<Long, Integer> counts = count(method, new File(rest.get(0)), FrameSelection.parse(rest.subList(1,
                    rest.size())));
            counts.forEach((frame, count) -> out.println(frame + "," + count));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            System.exit(2);
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            System.exit(1);
        }
    }

    static Map<Long, Integer> count(String method, File video, List<Long> frames) throws java.io.IOException {
        HogSettings settings = method.equals("hog-default") ? HogSettings.opencvDefaults() : HogSettings.tuned();
        try (HogEngine hog = new HogEngine(settings)) {
            return switch (method) {
                case "hog", "hog-default" -> FrameCounter.countDetections(video, frames, hog);
                case "density" -> FrameCounter.countDensity(video, frames, hog, 300);
                default -> throw new IllegalArgumentException("unknown method " + method
                        + " (hog, hog-default, density)");
            };
        }
    }
}
