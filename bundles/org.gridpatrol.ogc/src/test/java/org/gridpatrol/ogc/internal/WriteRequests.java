package org.gridpatrol.ogc.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.web.api.ApiRequest;

/** Requests to {@code /ogc} as the web bundle hands them over: header names in lower case, the user and roles. */
record WriteRequests(String user, Set<String> roles) {

    static final WriteRequests GIS = new WriteRequests("gis", Set.of("gis-editor"));
    static final WriteRequests ADMIN = new WriteRequests("admin", Set.of("admin"));
    static final WriteRequests VIEWER = new WriteRequests("viewer", Set.of("user"));

    /** {@code headers}: name, value, name, value ...; {@code subPath} may carry a query. */
    ApiRequest request(String method, String subPath, String body, String... headers) {
        Map<String, String> headerMap = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            headerMap.put(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]);
        }
        int question = subPath.indexOf('?');
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (question >= 0) {
            for (String pair : subPath.substring(question + 1).split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.put(nameValue[0], List.of(java.net.URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8)));
            }
        }
        return new ApiRequest(method, question < 0 ? subPath : subPath.substring(0, question), query, headerMap,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), user, roles, OgcClient.BASE_URL);
    }
}
