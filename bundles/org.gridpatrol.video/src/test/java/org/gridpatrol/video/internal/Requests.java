package org.gridpatrol.video.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.locationtech.jts.geom.Geometry;

/** Requests as the web bundle builds them, and answers written as its JSON writer writes them. */
final class Requests {

    private static final JacksonGeoJsonCodec CODEC = new JacksonGeoJsonCodec();
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Geometry.class, new StdSerializer<>(Geometry.class) {
                @Override
                public void serialize(Geometry geometry, JsonGenerator json, SerializerProvider provider) throws IOException {
                    json.writeRawValue(CODEC.write(geometry));
                }
            }));

    private Requests() {
    }

    static ApiRequest get(String subPath, String role, String... parameters) {
        return request("GET", subPath, role, new byte[0], parameters);
    }

    static ApiRequest request(String method, String subPath, String role, String body, String... parameters) {
        return request(method, subPath, role, body.getBytes(StandardCharsets.UTF_8), parameters);
    }

    /** {@code parameters}: name, value, name, value ...; the user is named after the role. */
    static ApiRequest request(String method, String subPath, String role, byte[] body, String... parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], List.of(parameters[i + 1]));
        }
        return new ApiRequest(method, subPath, query, Map.of(), body, role + "-user", Set.of(role), "http://localhost");
    }

    static ApiRequest withHeader(ApiRequest request, String name, String value) {
        return new ApiRequest(request.method(), request.subPath(), request.query(), Map.of(name, value), request.body(),
                request.user(), request.roles(), request.baseUrl());
    }

    static JsonNode json(ApiResponse response) throws IOException {
        return MAPPER.readTree(MAPPER.writeValueAsBytes(response.body()));
    }

    static String json(Object value) throws IOException {
        return MAPPER.writeValueAsString(value);
    }
}
