package org.gridpatrol.grid.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.geo.internal.JacksonGeoJsonCodec;
import org.gridpatrol.web.api.ApiRequest;
import org.locationtech.jts.geom.Geometry;

/** GET requests as the web bundle builds them, and answers written as it writes them. */
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

    /** {@code parameters}: name, value, name, value ... */
    static ApiRequest get(String subPath, String... parameters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], List.of(parameters[i + 1]));
        }
        return new ApiRequest("GET", subPath, query, Map.of(), new byte[0], "tester", Set.of("user"), "http://localhost");
    }

    static String json(Object body) throws JsonProcessingException {
        return MAPPER.writeValueAsString(body);
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
