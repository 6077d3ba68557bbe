package org.gridpatrol.testing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
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
public final class Requests {

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

    /** A GET by user "tester" with the plain "user" role; {@code parameters}: name, value, name, value ... */
    public static ApiRequest get(String subPath, String... parameters) {
        return new ApiRequest("GET", subPath, query(parameters), Map.of(), new byte[0], "tester", Set.of("user"),
                "http://localhost");
    }

    /** A GET by a user holding just {@code role}; {@code parameters}: name, value, name, value ... */
    public static ApiRequest getAs(String subPath, String role, String... parameters) {
        return request("GET", subPath, role, new byte[0], parameters);
    }

    public static ApiRequest request(String method, String subPath, String role, String body, String... parameters) {
        return request(method, subPath, role, body.getBytes(StandardCharsets.UTF_8), parameters);
    }

    /** {@code parameters}: name, value, name, value ...; the user is named after the role. */
    public static ApiRequest request(String method, String subPath, String role, byte[] body, String... parameters) {
        return new ApiRequest(method, subPath, query(parameters), Map.of(), body, role + "-user", Set.of(role),
                "http://localhost");
    }

    public static ApiRequest withHeader(ApiRequest request, String name, String value) {
        return new ApiRequest(request.method(), request.subPath(), request.query(), Map.of(name, value), request.body(),
                request.user(), request.roles(), request.baseUrl());
    }

    /** The response body as the web bundle would write it, read back as a tree. */
    public static JsonNode json(ApiResponse response) throws IOException {
        return MAPPER.readTree(MAPPER.writeValueAsBytes(response.body()));
    }

    /** {@code value} written as the web bundle would write it. */
    public static String toJson(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static Map<String, List<String>> query(String... parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], List.of(parameters[i + 1]));
        }
        return query;
    }
}
