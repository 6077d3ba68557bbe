package org.gridpatrol.web.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import org.gridpatrol.web.api.ApiException;
import org.locationtech.jts.geom.Geometry;

/** The one JSON configuration of the HTTP API: records and maps, JTS geometries as GeoJSON, problems. */
final class JsonWriter {

    static final String PROBLEM_JSON = "application/problem+json";

    private final ObjectMapper mapper;

    JsonWriter() {
        SimpleModule geoJson = new SimpleModule("gridpatrol-geojson");
        geoJson.addSerializer(Geometry.class, new GeoJsonGeometrySerializer());
        // Times go out as ISO-8601 text (Instant: UTC with a Z), as clients and the console read them.
        for (Class<?> time : List.of(Instant.class, OffsetDateTime.class, LocalDate.class, Duration.class)) {
            geoJson.addSerializer(time, ToStringSerializer.instance);
        }
        mapper = new ObjectMapper()
                .registerModule(geoJson)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    void write(Object body, OutputStream out) throws IOException {
        mapper.writeValue(out, body);
    }

    /** Answers with an RFC 7807 problem document; never includes a stack trace. */
    void writeProblem(HttpServletResponse response, ApiException problem, String instance) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "about:blank");
        document.put("title", titleOf(problem.status()));
        document.put("status", problem.status());
        document.put("detail", problem.detail());
        if (problem.field() != null) {
            document.put("field", problem.field());
        }
        if (problem.hasLocation()) {
            document.put("location", Map.of("type", "Point", "coordinates", new double[] {problem.lon(), problem.lat()}));
        }
        document.put("instance", instance);
        response.setStatus(problem.status());
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        write(document, response.getOutputStream());
    }

    private static String titleOf(int status) {
        switch (status) {
            case 400: return "Bad Request";
            case 401: return "Unauthorized";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Method Not Allowed";
            case 409: return "Conflict";
            case 412: return "Precondition Failed";
            case 413: return "Payload Too Large";
            case 415: return "Unsupported Media Type";
            case 422: return "Unprocessable Entity";
            default: return status >= 500 ? "Internal Server Error" : "Client Error";
        }
    }
}
