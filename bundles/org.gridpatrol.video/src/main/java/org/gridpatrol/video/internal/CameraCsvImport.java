package org.gridpatrol.video.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridpatrol.video.api.Camera;
import org.gridpatrol.video.api.CameraType;
import org.gridpatrol.video.api.VideoInputException;

/**
 * Cameras from a spreadsheet: header {@code code,name,type,lon,lat,heading,fov,range,height,main_url,sub_url}
 * (any order; {@code sub_url} may be left out; optional {@code detector}, {@code analysis_fps},
 * {@code enabled}). A row for a registered code replaces its position and streams and keeps its zones and
 * calibration. Every row is checked; a dry run only reports, a commit stores the accepted rows together.
 */
final class CameraCsvImport {

    static final List<String> REQUIRED = List.of("code", "name", "type", "lon", "lat", "heading", "fov", "range",
            "height", "main_url");
    static final Set<String> OPTIONAL = Set.of("sub_url", "detector", "analysis_fps", "enabled");
    static final String DEFAULT_DETECTOR = "hog";
    static final double DEFAULT_ANALYSIS_FPS = 2;

    /** The register's field names as the CSV columns that carry them. */
    private static final Map<String, String> COLUMN_OF = Map.of("headingDeg", "heading", "fieldOfViewDeg", "fov",
            "rangeMetres", "range", "mountingHeightMetres", "height", "mainStreamUrl", "main_url",
            "subStreamUrl", "sub_url", "analysisFps", "analysis_fps");

    private final CameraCatalog cameras;

    CameraCsvImport(CameraCatalog cameras) {
        this.cameras = cameras;
    }

    /**
     * @throws VideoInputException when the file as a whole cannot be read (encoding, quotes, header)
     */
    ImportReport run(byte[] csv, boolean commit) throws VideoInputException {
        List<CsvText.CsvRecord> records = CsvText.parse(CsvText.decode(csv));
        if (records.isEmpty()) {
            throw new VideoInputException("header", "is missing; expected " + String.join(",", REQUIRED) + ",sub_url");
        }
        Map<String, Integer> columns = columns(records.get(0).fields());
        Map<String, Integer> lineOfCode = new HashMap<>();
        List<Camera> accepted = new ArrayList<>();
        List<ImportReport.Rejection> rejected = new ArrayList<>();
        for (CsvText.CsvRecord record : records.subList(1, records.size())) {
            try {
                Camera camera = camera(new Row(record, columns));
                Integer earlier = lineOfCode.putIfAbsent(camera.code(), record.line());
                if (earlier != null) {
                    throw new VideoInputException("code", "'" + camera.code() + "' is already on line " + earlier);
                }
                CameraValidator.validate(camera);
                accepted.add(camera);
            } catch (VideoInputException refused) {
                String field = COLUMN_OF.getOrDefault(refused.field(), refused.field());
                rejected.add(new ImportReport.Rejection(record.line(), field, refused.getMessage()));
            }
        }
        if (commit && !accepted.isEmpty()) {
            cameras.saveAll(accepted);
        }
        return new ImportReport(accepted.stream().map(Camera::code).toList(), rejected, commit && !accepted.isEmpty());
    }

    private static Map<String, Integer> columns(List<String> header) throws VideoInputException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                throw new VideoInputException("header", "unknown column '" + header.get(i) + "'; expected "
                        + String.join(",", REQUIRED) + " and optionally " + String.join(",", OPTIONAL));
            }
            if (columns.put(name, i) != null) {
                throw new VideoInputException("header", "column '" + name + "' appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new VideoInputException("header", "column '" + required + "' is missing");
            }
        }
        return columns;
    }

    private Camera camera(Row row) throws VideoInputException {
        String code = row.required("code");
        Optional<Camera> existing = cameras.find(code);
        String detector = row.optional("detector")
                .orElse(existing.map(Camera::detector).orElse(DEFAULT_DETECTOR));
        double fps = row.optional("analysis_fps").isPresent() ? row.number("analysis_fps")
                : existing.map(Camera::analysisFps).orElse(DEFAULT_ANALYSIS_FPS);
        boolean enabled = row.optional("enabled").isPresent() ? row.bool("enabled")
                : existing.map(Camera::enabled).orElse(true);
        return new Camera(code, row.required("name"), type(row.optional("type").orElse("")), row.number("lon"),
                row.number("lat"), row.number("heading"), row.number("fov"), row.number("range"), row.number("height"),
                row.required("main_url"), row.optional("sub_url").orElse(null), null, detector, fps, enabled,
                existing.map(Camera::zones).orElse(List.of()), existing.map(Camera::calibration).orElse(List.of()));
    }

    /** English names, or the words Chinese camera lists use: 枪机/固定 fixed, 球机/云台 PTZ, 无人机 drone. */
    static CameraType type(String value) throws VideoInputException {
        String type = value.strip().toLowerCase(Locale.ROOT);
        switch (type) {
            case "", "fixed", "枪机", "固定", "固定枪机", "半球":
                return CameraType.FIXED;
            case "ptz", "球机", "云台", "ptz球机":
                return CameraType.PTZ;
            case "drone", "无人机":
                return CameraType.DRONE;
            default:
                throw new VideoInputException("type", "must be fixed, ptz or drone (枪机, 球机, 无人机), got '" + value + "'");
        }
    }

    /** One data row read through the header's column positions. */
    private record Row(CsvText.CsvRecord record, Map<String, Integer> columns) {

        Optional<String> optional(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.fields().size() || record.fields().get(index).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(record.fields().get(index).strip());
        }

        String required(String column) throws VideoInputException {
            return optional(column).orElseThrow(() -> new VideoInputException(column, "is required"));
        }

        double number(String column) throws VideoInputException {
            String value = required(column);
            try {
                double number = Double.parseDouble(value);
                if (Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new VideoInputException(column, "must be a decimal number, got '" + value + "'");
        }

        boolean bool(String column) throws VideoInputException {
            String value = required(column).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true", "yes", "1", "是" -> true;
                case "false", "no", "0", "否" -> false;
                default -> throw new VideoInputException(column, "must be true or false, got '" + value + "'");
            };
        }
    }
}
