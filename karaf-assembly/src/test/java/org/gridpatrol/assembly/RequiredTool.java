package org.gridpatrol.assembly;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * External programs the tests drive (Chromium, GDAL). Missing ones skip the test with the reason
 * printed, unless GRIDPATROL_REQUIRE_SERVICES=true (CI), where missing means failure.
 */
final class RequiredTool {

    private RequiredTool() {
    }

    static Path require(String path, String debianPackage) {
        Path tool = Path.of(path);
        if (Files.isExecutable(tool)) {
            return tool;
        }
        skipOrFail(path + " is missing: apt-get install -y " + debianPackage);
        return tool;
    }

    /** Skips the test with the reason printed, or fails it when GRIDPATROL_REQUIRE_SERVICES=true. */
    static void skipOrFail(String reason) {
        if ("true".equalsIgnoreCase(System.getenv("GRIDPATROL_REQUIRE_SERVICES"))) {
            throw new AssertionError(reason + " (GRIDPATROL_REQUIRE_SERVICES=true)");
        }
        System.out.println("SKIPPED: " + reason);
        Assumptions.abort(reason);
    }
}
