package org.gridpatrol.tracking.internal.units;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.gridpatrol.tracking.api.FenceMembership;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;
import org.gridpatrol.tracking.internal.positions.UnitPositionsView;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Everything under {@code /api/v1/patrol-units}, which the API router serves as one prefix: the register itself
 * ({@code /}, {@code /{code}}, {@code /{code}/status}) here, live positions and tracks ({@code /live},
 * {@code /{code}/track}) by the positions' {@link UnitPositionsView}, and {@code /{code}/fences} from the
 * fence pipeline's {@link FenceMembership}. Those two are optional: without them their paths answer 503.
 */
@Component(service = ApiEndpoint.class, property = ApiEndpoint.PATH + "=/api/v1/patrol-units/*")
public class UnitsEndpoint implements ApiEndpoint {

    static final String ADMIN = "admin";
    static final String DISPATCHER = "dispatcher";
    static final String PATROL_OPERATOR = "patrol-operator";

    private final PatrolUnits units;
    private final UnitJson json = new UnitJson();
    private volatile UnitPositionsView positions;
    private volatile FenceMembership membership;

    @Activate
    public UnitsEndpoint(@Reference PatrolUnits units) {
        this.units = units;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindPositions(UnitPositionsView view) {
        positions = view;
    }

    public void unbindPositions(UnitPositionsView view) {
        if (positions == view) {
            positions = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindMembership(FenceMembership fences) {
        membership = fences;
    }

    void unbindMembership(FenceMembership fences) {
        if (membership == fences) {
            membership = null;
        }
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        List<String> segments = segments(request.subPath());
        if (segments.isEmpty()) {
            return collection(request);
        }
        String first = segments.get(0);
        if (segments.size() == 1 && first.equals(UnitValidator.RESERVED_CODE)) {
            requireGet(request);
            return positionsView().live(request);
        }
        if (segments.size() == 1) {
            return unit(request, first);
        }
        if (segments.size() == 2) {
            switch (segments.get(1)) {
                case "status":
                    return status(request, first);
                case "track":
                    requireGet(request);
                    return positionsView().track(request, first);
                case "fences":
                    requireGet(request);
                    return fences(first);
                default:
                    break;
            }
        }
        throw ApiException.notFound("path", "no unit resource at /api/v1/patrol-units" + request.subPath());
    }

    private ApiResponse collection(ApiRequest request) {
        switch (request.method()) {
            case "GET":
                UnitKind kind = UnitJson.constant(UnitKind.class, request.param("kind").orElse(null), "kind");
                UnitStatus status = UnitJson.constant(UnitStatus.class, request.param("status").orElse(null), "status");
                boolean fullPhone = seesPhones(request);
                List<Map<String, Object>> views = units.list(kind, request.param("team").orElse(null), status).stream()
                        .map(unit -> UnitJson.view(unit, fullPhone)).toList();
                return ApiResponse.ok(Map.of("units", views));
            case "POST":
                requireRole(request, ADMIN);
                List<PatrolUnit> batch = json.units(request.body());
                save(batch, true);
                return ApiResponse.ok(Map.of("saved", batch.size()));
            default:
                throw methodNotAllowed(request, "GET or POST");
        }
    }

    private ApiResponse unit(ApiRequest request, String code) {
        switch (request.method()) {
            case "GET":
                return ApiResponse.ok(UnitJson.view(existing(code), seesPhones(request)));
            case "PUT":
                requireRole(request, ADMIN, DISPATCHER);
                PatrolUnit unit = json.unit(json.tree(request.body()), code, "");
                save(List.of(unit), false);
                return ApiResponse.ok(UnitJson.view(existing(code), true));
            case "DELETE":
                requireRole(request, ADMIN);
                if (!units.delete(code)) {
                    throw notFound(code);
                }
                return new ApiResponse(204, ApiResponse.JSON, null, Map.of());
            default:
                throw methodNotAllowed(request, "GET, PUT or DELETE");
        }
    }

    private ApiResponse status(ApiRequest request, String code) {
        if (!"PUT".equals(request.method())) {
            throw methodNotAllowed(request, "PUT");
        }
        requireRole(request, ADMIN, DISPATCHER, PATROL_OPERATOR);
        String name = request.body().length == 0 ? null
                : json.tree(request.body()).path("status").asText(null);
        UnitStatus status = UnitJson.constant(UnitStatus.class, name, "status");
        if (status == null) {
            throw ApiException.badRequest("status", "is required, one of " + List.of(UnitStatus.values()));
        }
        if (!units.setStatus(code, status)) {
            throw notFound(code);
        }
        return ApiResponse.ok(UnitJson.view(existing(code), seesPhones(request)));
    }

    private ApiResponse fences(String code) {
        FenceMembership fences = membership;
        if (fences == null) {
            throw new ApiException(503, null, "fence membership is not available yet");
        }
        existing(code);
        return ApiResponse.ok(Map.of("unit", code, "fences", List.copyOf(new TreeSet<>(fences.fencesOf(code)))));
    }

    private void save(List<PatrolUnit> batch, boolean inBatch) {
        try {
            units.save(batch);
        } catch (UnitInputException refused) {
            String field = inBatch ? "units[" + refused.index() + "]." + refused.field() : refused.field();
            throw ApiException.badRequest(field, refused.getMessage());
        } catch (IllegalArgumentException refused) {
            throw ApiException.badRequest(inBatch ? "units" : "body", refused.getMessage());
        }
    }

    private UnitPositionsView positionsView() {
        UnitPositionsView view = positions;
        if (view == null) {
            throw new ApiException(503, null, "the position store is not available yet");
        }
        return view;
    }

    private PatrolUnit existing(String code) {
        return units.find(code).orElseThrow(() -> notFound(code));
    }

    private static ApiException notFound(String code) {
        return ApiException.notFound("code", "no patrol unit with code '" + code + "'");
    }

    /** Full phone numbers for admins and dispatchers, masked for everyone else. */
    private static boolean seesPhones(ApiRequest request) {
        return request.hasRole(ADMIN) || request.hasRole(DISPATCHER);
    }

    private static void requireGet(ApiRequest request) {
        if (!"GET".equals(request.method())) {
            throw methodNotAllowed(request, "GET");
        }
    }

    /** A 403 unless the caller has one of {@code roles}; admin passes every check, as in the router. */
    private static void requireRole(ApiRequest request, String... roles) {
        if (request.hasRole(ADMIN) || Arrays.stream(roles).anyMatch(request::hasRole)) {
            return;
        }
        throw new ApiException(403, "role", "needs one of the roles " + List.of(roles));
    }

    private static ApiException methodNotAllowed(ApiRequest request, String allowed) {
        return new ApiException(405, "method", request.method() + " is not supported here; use " + allowed);
    }

    private static List<String> segments(String subPath) {
        String trimmed = subPath.startsWith("/") ? subPath.substring(1) : subPath;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/", -1));
    }
}
