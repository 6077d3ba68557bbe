package org.gridpatrol.gisdata.simulation;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.ToIntFunction;

/** A tiny OsmAnd endpoint: records each request line and answers with the status the test chooses. */
final class RecordingServer implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String path, String query) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    RecordingServer(ToIntFunction<String> statusForQuery) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            requests.add(new Request(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery()));
            exchange.sendResponseHeaders(statusForQuery.applyAsInt(uri.getRawQuery()), -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
