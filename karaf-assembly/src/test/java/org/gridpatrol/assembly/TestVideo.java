package org.gridpatrol.assembly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the real CCTV footage the video tests use: {@code ../shared/testdata/vtest.avi} beside the
 * project, then Debian's opencv-doc copy. Missing: skipped with the reason, or failed in CI.
 */
final class TestVideo {

    private TestVideo() {
    }

    static Path vtest() {
        String root = System.getProperty("gridpatrol.project.root", ".");
        for (Path candidate : new Path[] {
            Paths.get(root, "..", "shared", "testdata", "vtest.avi"),
            Paths.get("/usr/share/doc/opencv-doc/examples/data/vtest.avi")}) {
            if (Files.isReadable(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return RequiredTool.require(root + "/../shared/testdata/vtest.avi", "opencv-doc");
    }
}
