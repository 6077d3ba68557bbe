package org.gridpatrol.tracking.internal.osmand;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.ZoneId;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.Positions;
import org.gridpatrol.tracking.internal.positions.IngestCounters;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OsmAnd / Traccar Client receiver on a port of its own, without login as in Traccar: the JDK's HTTP
 * server with a fixed pool of threads, each of which waits for its report's commit before answering.
 */
@Component(service = OsmAndServer.class, configurationPid = OsmAndConfig.PID, immediate = true)
@Designate(ocd = OsmAndConfig.class)
public final class OsmAndServer {

    private static final Logger LOG = LoggerFactory.getLogger(OsmAndServer.class);

    private final HttpServer server;
    private final ExecutorService threads;

    @Activate
    public OsmAndServer(@Reference Positions positions, @Reference PatrolUnits units,
            @Reference IngestCounters counters, OsmAndConfig config) {
        this(positions, units, counters, config, ZoneId.systemDefault());
    }

    OsmAndServer(Positions positions, PatrolUnits units, IngestCounters counters, OsmAndConfig config, ZoneId zone) {
        if (!config.enabled()) {
            LOG.info("OsmAnd receiver disabled ({} enabled=false)", OsmAndConfig.PID);
            server = null;
            threads = null;
            return;
        }
        if (config.port() < 0 || config.port() > 65535 || config.threads() < 1) {
            String problem = "port must be from 0 to 65535 and threads at least 1, got port " + config.port()
                    + ", threads " + config.threads();
            LOG.error("{}: {}; OsmAnd receiver not started", OsmAndConfig.PID, problem);
            throw new IllegalArgumentException(problem);
        }
        InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException failed) {
            LOG.error("{}: cannot listen on {}: {}; OsmAnd receiver not started", OsmAndConfig.PID, address,
                    failed.getMessage());
            throw new UncheckedIOException(failed);
        }
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newFixedThreadPool(config.threads(), task -> {
            Thread thread = new Thread(task, "gridpatrol-osmand-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", new OsmAndHandler(new OsmAndDecoder(zone), positions, units, counters));
        server.start();
        LOG.info("OsmAnd receiver listening on {}", server.getAddress());
    }

    /** The port listened on (the chosen one when configured as 0); -1 when disabled. */
    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    @Deactivate
    void stop() {
        if (server == null) {
            return;
        }
        server.stop(1);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("OsmAnd request threads still busy after 10 s");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        LOG.info("OsmAnd receiver on {} stopped", server.getAddress());
    }
}
