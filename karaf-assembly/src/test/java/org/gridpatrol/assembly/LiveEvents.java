package org.gridpatrol.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A Server-Sent Events client on the platform's live stream, as the console's EventSource reads it. */
final class LiveEvents implements AutoCloseable {

    record Message(String event, JsonNode data) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final LinkedBlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private final List<Message> seen = new ArrayList<>();
    private final InputStream stream;
    private final Thread reader;

    private LiveEvents(InputStream stream) {
        this.stream = stream;
        this.reader = new Thread(this::read, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static LiveEvents open(HttpClient http, String url, String authorization) throws IOException, InterruptedException {
        HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            throw new AssertionError("live stream answered " + answer.statusCode());
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("text/event-stream")) {
            throw new AssertionError("live stream has content type " + type);
        }
        return new LiveEvents(answer.body());
    }

    /** The first message (seen before or arriving within {@code limit}) of that event name matching the test. */
    JsonNode await(String event, Predicate<JsonNode> matches, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            for (Message message : seen) {
                if (message.event().equals(event) && matches.test(message.data())) {
                    return message.data();
                }
            }
            long left = deadline - System.nanoTime();
            Message next = left > 0 ? received.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                throw new AssertionError("no '" + event + "' event as expected within " + limit + "; saw " + seen);
            }
            seen.add(next);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String event = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        received.add(new Message(event, json.readTree(data.toString())));
                    }
                    event = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        reader.interrupt();
    }
}
