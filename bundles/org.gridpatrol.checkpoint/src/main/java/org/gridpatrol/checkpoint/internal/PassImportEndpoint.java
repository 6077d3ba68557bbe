package org.gridpatrol.checkpoint.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/v1/passes/import} with a CSV body (see {@link PassCsvImport}): the good rows are stored,
 * the bad ones reported, {@code {"accepted":n,"rejected":[{"line","field","reason"}]}}.
 */
@Component(service = ApiEndpoint.class, property = {
    ApiEndpoint.PATH + "=/api/v1/passes/import",
    ApiEndpoint.ROLES + "=admin,dispatcher,checkpoint-officer,grid-worker"
})
public class PassImportEndpoint implements ApiEndpoint {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final Set<String> CSV_TYPES = Set.of("text/csv", "text/plain", "application/csv",
            "application/vnd.ms-excel", "application/octet-stream");

    private final PassCsvImport importer;

    @Activate
    public PassImportEndpoint(@Reference PassRegister passes) {
        this.importer = new PassCsvImport(passes);
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        if (!request.method().equals("POST")) {
            throw Endpoints.methodNotAllowed(request, "POST with a CSV body");
        }
        Endpoints.requireRole(request, Endpoints.PASS_WRITERS);
        request.header("content-type").ifPresent(PassImportEndpoint::requireCsv);
        if (request.body().length > MAX_BYTES) {
            throw new ApiException(413, "body", "is " + request.body().length + " bytes; one import takes at most "
                    + MAX_BYTES + " bytes");
        }
        try {
            PassCsvImport.Report report = importer.run(request.body(), request.user());
            return ApiResponse.ok(Map.of("accepted", report.accepted(), "rejected", report.rejected()));
        } catch (PassCsvImport.TooLarge tooLarge) {
            throw new ApiException(413, "body", tooLarge.getMessage());
        } catch (CheckpointException refused) {
            throw Endpoints.badInput(refused);
        }
    }

    private static void requireCsv(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!CSV_TYPES.contains(mediaType)) {
            throw new ApiException(415, "Content-Type", "must be text/csv, got '" + contentType + "'");
        }
    }
}
