package org.gridpatrol.video.internal;

import java.util.Locale;
import java.util.Set;
import org.gridpatrol.video.api.VideoInputException;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/v1/cameras/import[?commit=true]} with a CSV body (admin): without commit a dry run
 * that reports what would be accepted and refused; with it the accepted rows are stored together.
 */
@Component(service = ApiEndpoint.class, property = {
    ApiEndpoint.PATH + "=/api/v1/cameras/import",
    ApiEndpoint.ROLES + "=" + Endpoints.ADMIN
})
public class CameraImportEndpoint implements ApiEndpoint {

    private static final Set<String> CSV_TYPES = Set.of("text/csv", "text/plain", "application/csv",
            "application/vnd.ms-excel", "application/octet-stream");

    private final CameraCsvImport importer;

    @Activate
    public CameraImportEndpoint(@Reference CameraCatalog cameras) {
        this.importer = new CameraCsvImport(cameras);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("POST")) {
            throw Endpoints.methodNotAllowed(request, "POST with a CSV body");
        }
        Endpoints.requireRole(request, Endpoints.ADMIN);
        request.header("content-type").ifPresent(CameraImportEndpoint::requireCsv);
        boolean commit = request.param("commit").map(CameraImportEndpoint::bool).orElse(false);
        try {
            return ApiResponse.ok(importer.run(request.body(), commit));
        } catch (VideoInputException refused) {
            throw Endpoints.badInput(refused);
        }
    }

    private static void requireCsv(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!CSV_TYPES.contains(mediaType)) {
            throw new ApiException(415, "Content-Type", "must be text/csv, got '" + contentType + "'");
        }
    }

    private static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("commit", "must be true or false, got '" + value + "'");
        };
    }
}
