package org.gridpatrol.video.stream.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Finds the shared test footage and Debian's ffmpeg; skips (or fails in CI) when they are missing. */
public final class TestVideo {

    private static final Path DEBIAN_VTEST = Paths.get("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
    private static final Path FFMPEG = Paths.get("/usr/bin/ffmpeg");

    private TestVideo() {
    }

    /** vtest.avi: 795 frames, 768x576, 10 fps. */
    public static Path vtest() {
        Optional<Path> found = projectRoot().map(root -> root.resolve("../shared/testdata/vtest.avi").normalize())
                .filter(Files::isRegularFile)
                .or(() -> Optional.of(DEBIAN_VTEST).filter(Files::isRegularFile));
        return required(found, "vtest.avi not found under <project root>/../shared/testdata nor at " + DEBIAN_VTEST);
    }

    public static Path ffmpeg() {
        return required(Optional.of(FFMPEG).filter(Files::isExecutable), "Debian ffmpeg not installed at " + FFMPEG);
    }

    private static Path required(Optional<Path> found, String missing) {
        if (found.isEmpty()) {
            if ("true".equals(System.getenv("GRIDPATROL_REQUIRE_SERVICES"))) {
                throw new IllegalStateException(missing);
            }
            System.err.println("SKIPPED: " + missing);
            Assumptions.abort(missing);
        }
        return found.get();
    }

    private static Optional<Path> projectRoot() {
        String property = System.getProperty("gridpatrol.project.root");
        if (property != null && Files.isRegularFile(Paths.get(property, "README.md"))) {
            return Optional.of(Paths.get(property).toAbsolutePath());
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("bundles"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
