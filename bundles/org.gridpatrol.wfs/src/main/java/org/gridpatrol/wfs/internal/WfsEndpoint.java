package org.gridpatrol.wfs.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridEdits;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.web.api.ApiEndpoint;
import org.gridpatrol.web.api.ApiRequest;
import org.gridpatrol.web.api.ApiResponse;
import org.locationtech.jts.geom.Envelope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

/**
 * WFS 2.0.0, 1.1.0 and 1.0.0 at {@code /wfs} over the grid hierarchy: GetCapabilities, DescribeFeatureType,
 * GetFeature (KVP GET or XML POST) and Transaction (XML POST, role {@code gis-editor} or {@code admin}).
 * Reads need any logged-in user; the web bundle has authenticated the caller. Every refusal is an
 * exception report in the version the client speaks, never a 5xx.
 */
@Component(service = ApiEndpoint.class, configurationPid = WfsConfig.PID, property = ApiEndpoint.PATH + "=/wfs/*")
@Designate(ocd = WfsConfig.class)
public class WfsEndpoint implements ApiEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(WfsEndpoint.class);
    private static final Pattern VERSION_ATTRIBUTE = Pattern.compile("version\\s*=\\s*[\"'](\\d\\.\\d\\.\\d)[\"']");

    private final GridUnits units;
    private final WfsSettings settings;
    private final GetFeatureHandler features;
    private final TransactionHandler transactions;

    @Activate
    public WfsEndpoint(@Reference GridUnits units, @Reference GridEdits edits, WfsConfig config) {
        this(units, edits, settings(config), Clock.systemUTC());
    }

    WfsEndpoint(GridUnits units, GridEdits edits, WfsSettings settings, Clock clock) {
        this.units = units;
        this.settings = settings;
        this.features = new GetFeatureHandler(units, edits, clock, settings.maxFeatures());
        StaleReadMerge merge = new StaleReadMerge(edits, clock, settings.sameAuthorMerge());
        this.transactions = new TransactionHandler(edits,
                new TransactionPlanner(edits, merge, settings.acceptUnversionedIds()), settings.defaultComment());
    }

    private static WfsSettings settings(WfsConfig config) {
        try {
            return WfsSettings.of(config);
        } catch (IllegalArgumentException invalid) {
            LOG.error("{}: {}", WfsConfig.PID, invalid.getMessage());
            throw invalid;
        }
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        WfsVersion guessed = guessVersion(request);
        try {
            if (!request.subPath().isEmpty() && !request.subPath().equals("/")) {
                throw new WfsException(guessed, 404, WfsException.NO_CODE, "path", "the WFS is at /wfs, not /wfs"
                        + request.subPath());
            }
            if (request.body().length > settings.maxRequestBytes()) {
                throw new WfsException(guessed, 413, WfsException.NO_CODE, "body", "the request body has "
                        + request.body().length + " bytes; the limit is " + settings.maxRequestBytes()
                        + " (split the edit into smaller transactions)");
            }
            boolean xml = request.method().equals("POST") && request.body().length > 0 && !isForm(request);
            if (xml) {
                return xmlRequest(request, guessed);
            }
            if (!request.method().equals("GET") && !request.method().equals("POST")) {
                throw new WfsException(guessed, 405, WfsException.NOT_SUPPORTED, "method", "use GET or POST, not "
                        + request.method());
            }
            return kvpRequest(request, kvpOf(request), guessed);
        } catch (WfsException refused) {
            LOG.debug("WFS {} refused: {} {}", request.method(), refused.status(), refused.getMessage());
            return exceptionAnswer(refused);
        }
    }

    private ApiResponse kvpRequest(ApiRequest request, Kvp kvp, WfsVersion guessed) {
        kvp.get("SERVICE").filter(service -> !service.equalsIgnoreCase("WFS")).ifPresent(service -> {
            throw WfsException.invalidParameter(guessed, "service", "this is a WFS; SERVICE must be WFS, got '"
                    + service + "'");
        });
        String operation = kvp.get("REQUEST").orElseThrow(() -> WfsException.missingParameter(guessed, "request",
                "REQUEST is missing; one of GetCapabilities, DescribeFeatureType, GetFeature (Transaction is POST)"));
        String serviceUrl = serviceUrl(request);
        switch (operation.toLowerCase(Locale.ROOT)) {
            case "getcapabilities" -> {
                return capabilities(negotiate(kvp), serviceUrl);
            }
            case "describefeaturetype" -> {
                WfsVersion version = requestedVersion(kvp.get("VERSION"), guessed);
                List<FeatureType> types = kvp.first("TYPENAMES", "TYPENAME")
                        .map(names -> FeatureType.parseList(names, "typeName", version))
                        .orElse(List.of(FeatureType.values()));
                return schema(version, types);
            }
            case "getfeature" -> {
                WfsVersion version = requestedVersion(kvp.get("VERSION"), guessed);
                return features.answer(GetFeatureRequests.fromKvp(kvp, version), serviceUrl);
            }
            case "transaction" -> throw new WfsException(guessed, 400, WfsException.NOT_SUPPORTED, "request",
                    "send Transaction as XML in the body of a POST");
            default -> throw new WfsException(guessed, 400, WfsException.NOT_SUPPORTED, "request",
                    "unknown request '" + operation + "'; supported: GetCapabilities, DescribeFeatureType, "
                            + "GetFeature, Transaction");
        }
    }

    private ApiResponse xmlRequest(ApiRequest request, WfsVersion guessed) {
        Element root = Xml.parse(request.body(), guessed).getDocumentElement();
        WfsVersion version = xmlVersion(root, guessed);
        String serviceUrl = serviceUrl(request);
        try {
            return switch (root.getLocalName()) {
                case "GetCapabilities" -> capabilities(acceptVersions(root).orElse(WfsVersion.NEWEST), serviceUrl);
                case "DescribeFeatureType" -> schema(version, typeNames(root, version));
                case "GetFeature" -> features.answer(GetFeatureRequests.fromXml(root, version), serviceUrl);
                case "Transaction" -> transactions.answer(new TransactionReader(version).read(root), request);
                default -> throw new WfsException(version, 400, WfsException.NOT_SUPPORTED, root.getLocalName(),
                        "unknown request element <" + root.getLocalName() + ">; supported: GetCapabilities, "
                                + "DescribeFeatureType, GetFeature, Transaction");
            };
        } catch (WfsException refused) {
            throw refused.in(version);
        }
    }

    /** The {@code <TypeName>} children of an XML DescribeFeatureType; none means all types. */
    private static List<FeatureType> typeNames(Element root, WfsVersion version) {
        List<FeatureType> types = Xml.children(root, "TypeName").stream()
                .map(name -> FeatureType.require(Xml.text(name), "TypeName", version)).toList();
        return types.isEmpty() ? List.of(FeatureType.values()) : types;
    }

    private ApiResponse capabilities(WfsVersion version, String serviceUrl) {
        return ApiResponse.ok(version.isLegacy() ? "text/xml" : "application/xml",
                CapabilitiesWriter.write(version, serviceUrl, extent(), settings.maxFeatures()));
    }

    private static ApiResponse schema(WfsVersion version, List<FeatureType> types) {
        return ApiResponse.ok(version == WfsVersion.V2_0_0 ? "application/gml+xml; version=3.2" : "text/xml",
                SchemaWriter.write(version, types));
    }

    private ApiResponse exceptionAnswer(WfsException refused) {
        int status = settings.legacyExceptionStatusOk() && refused.version().isLegacy() ? 200 : refused.status();
        String contentType = refused.version().isLegacy() ? "text/xml" : "application/xml";
        return new ApiResponse(status, contentType, ExceptionReportWriter.write(refused), Map.of());
    }

    /** All units lie in the counties, so their box bounds every feature type. */
    private Envelope extent() {
        Envelope extent = new Envelope();
        for (GridUnit county : units.query(GridQuery.level(AdminLevel.COUNTY)).units()) {
            if (county.geometry() != null) {
                extent.expandToInclude(county.geometry().getEnvelopeInternal());
            }
        }
        return extent.isNull() ? null : extent;
    }

    /**
     * GetCapabilities: VERSION if we speak it (how a user pins GDAL or QGIS to a version, e.g.
     * {@code WFS:http://host/wfs?VERSION=1.1.0}), else the first of ACCEPTVERSIONS we speak, else the newest.
     */
    private static WfsVersion negotiate(Kvp kvp) {
        Optional<WfsVersion> accepted = kvp.get("ACCEPTVERSIONS").flatMap(list -> java.util.Arrays
                .stream(list.split(",")).map(WfsVersion::byNumber).flatMap(Optional::stream).findFirst());
        return kvp.get("VERSION").flatMap(WfsVersion::byNumber).or(() -> accepted).orElse(WfsVersion.NEWEST);
    }

    private static WfsVersion requestedVersion(Optional<String> given, WfsVersion guessed) {
        if (given.isEmpty()) {
            return WfsVersion.NEWEST;
        }
        return WfsVersion.byNumber(given.get()).orElseThrow(() -> WfsException.invalidParameter(guessed, "version",
                "version " + given.get() + " is not supported; supported: 2.0.0, 1.1.0, 1.0.0"));
    }

    private static Optional<WfsVersion> acceptVersions(Element root) {
        return Xml.child(root, "AcceptVersions").flatMap(list -> Xml.children(list, "Version").stream()
                .map(Xml::text).map(WfsVersion::byNumber).flatMap(Optional::stream).findFirst())
                .or(() -> Xml.attribute(root, "version").flatMap(WfsVersion::byNumber));
    }

    private static WfsVersion xmlVersion(Element root, WfsVersion guessed) {
        Optional<String> declared = Xml.attribute(root, "version");
        if (declared.isPresent()) {
            return WfsVersion.byNumber(declared.get()).orElseThrow(() -> WfsException.invalidParameter(guessed,
                    "version", "version " + declared.get() + " is not supported; supported: 2.0.0, 1.1.0, 1.0.0"));
        }
        return WfsVersion.V2_0_0.wfsNamespace().equals(root.getNamespaceURI()) ? WfsVersion.V2_0_0 : WfsVersion.V1_1_0;
    }

    /** The version to answer in before the request is understood: VERSION, or a version="" in the body. */
    private static WfsVersion guessVersion(ApiRequest request) {
        Optional<WfsVersion> fromQuery = new Kvp(request.query()).get("VERSION").flatMap(WfsVersion::byNumber);
        if (fromQuery.isPresent() || request.body().length == 0) {
            return fromQuery.orElse(WfsVersion.NEWEST);
        }
        String head = new String(request.body(), 0, Math.min(request.body().length, 2048), StandardCharsets.UTF_8);
        Matcher matcher = VERSION_ATTRIBUTE.matcher(head);
        return matcher.find() ? WfsVersion.byNumber(matcher.group(1)).orElse(WfsVersion.NEWEST) : WfsVersion.NEWEST;
    }

    private static boolean isForm(ApiRequest request) {
        return request.header("content-type").map(type -> type.startsWith("application/x-www-form-urlencoded"))
                .orElse(false);
    }

    /** KVP from the query string, or from a form-encoded POST body. */
    private static Kvp kvpOf(ApiRequest request) {
        if (!isForm(request) || request.body().length == 0) {
            return new Kvp(request.query());
        }
        Map<String, List<String>> form = new java.util.LinkedHashMap<>();
        for (String pair : new String(request.body(), StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, key -> new java.util.ArrayList<>()).add(value);
        }
        return new Kvp(form);
    }

    private static String serviceUrl(ApiRequest request) {
        return request.baseUrl() + "/wfs";
    }
}
