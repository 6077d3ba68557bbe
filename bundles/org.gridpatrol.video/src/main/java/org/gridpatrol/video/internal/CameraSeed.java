package org.gridpatrol.video.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridpatrol.video.api.VideoInputException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Seeds an empty camera register, so that a fresh installation has cameras on the map. */
@Component(configurationPid = CameraSeedConfig.PID)
@Designate(ocd = CameraSeedConfig.class)
public class CameraSeed {

    static final String BUILT_IN = "/demo-cameras.csv";
    private static final Logger LOG = LoggerFactory.getLogger(CameraSeed.class);
    private static final String KARAF_HOME = "${karaf.home}";

    @Activate
    public CameraSeed(@Reference CameraCatalog cameras, CameraSeedConfig config) {
        this(cameras, config, System.getProperty("karaf.home", "."));
    }

    CameraSeed(CameraCatalog cameras, CameraSeedConfig config, String karafHome) {
        if (!config.enabled()) {
            LOG.debug("Demo cameras disabled");
            return;
        }
        if (config.file() == null || config.file().isBlank()) {
            LOG.error("{}: file must name a camera CSV when enabled", CameraSeedConfig.PID);
            throw new IllegalArgumentException("file is empty");
        }
        if (!cameras.list().isEmpty()) {
            LOG.debug("The camera register is not empty; no demo cameras imported");
            return;
        }
        Path file = Path.of(config.file().replace(KARAF_HOME, karafHome)).toAbsolutePath().normalize();
        load(cameras, file, karafHome);
    }

    /** Imports {@code file}, or the built-in list when it does not exist; returns how many cameras were stored. */
    static int load(CameraCatalog cameras, Path file, String karafHome) {
        try {
            byte[] csv = Files.isRegularFile(file) ? Files.readAllBytes(file) : builtIn();
            String source = Files.isRegularFile(file) ? file.toString() : "the built-in demo list";
            String text = CsvText.decode(csv).replace(KARAF_HOME, Path.of(karafHome).toAbsolutePath().normalize()
                    .toString());
            ImportReport report = new CameraCsvImport(cameras).run(text.getBytes(StandardCharsets.UTF_8), true);
            report.rejected().forEach(rejection -> LOG.warn("Demo camera in {} line {} refused, {}: {}", source,
                    rejection.line(), rejection.field(), rejection.reason()));
            LOG.info("Imported {} demo cameras from {}", report.accepted().size(), source);
            return report.accepted().size();
        } catch (IOException unreadable) {
            LOG.warn("Demo cameras {} could not be read: {}", file, unreadable.getMessage());
        } catch (VideoInputException refused) {
            LOG.warn("Demo cameras {} refused, {}: {}", file, refused.field(), refused.getMessage());
        }
        return 0;
    }

    private static byte[] builtIn() throws IOException {
        try (InputStream in = CameraSeed.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("the bundle lacks " + BUILT_IN);
            }
            return in.readAllBytes();
        }
    }
}
