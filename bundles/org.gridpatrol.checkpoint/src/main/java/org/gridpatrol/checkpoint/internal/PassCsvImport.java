package org.gridpatrol.checkpoint.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridpatrol.checkpoint.api.CheckpointException;
import org.gridpatrol.checkpoint.api.Pass;

/**
 * Passes from a spreadsheet, header {@code checkpoint_code,time,subject_kind,subject,direction,health_code,
 * pass_type,officer} (any order; {@code time} and {@code officer} may be left out or blank: now, and the
 * uploader). Every row is checked on its own; the good rows are stored together, the bad ones reported
 * with their line and column.
 */
final class PassCsvImport {

    static final List<String> COLUMNS = List.of("checkpoint_code", "time", "subject_kind", "subject", "direction",
            "health_code", "pass_type", "officer");
    static final List<String> OPTIONAL = List.of("time", "officer");
    static final int MAX_ROWS = 20_000;

    /** The register's field names as the CSV columns that carry them. */
    private static final Map<String, String> COLUMN_OF = Map.of("checkpointCode", "checkpoint_code",
            "subjectKind", "subject_kind", "healthCode", "health_code", "passType", "pass_type");

    record Rejection(int line, String field, String reason) {
    }

    record Report(int accepted, List<Rejection> rejected) {
    }

    /** The file has more rows than one import takes. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }

    private final PassRegister passes;

    PassCsvImport(PassRegister passes) {
        this.passes = passes;
    }

    /**
     * @throws CheckpointException when the file as a whole cannot be read (quotes, header)
     * @throws TooLarge beyond {@link #MAX_ROWS} rows
     */
    Report run(byte[] csv, String uploader) throws CheckpointException {
        List<CsvReader.Row> rows = CsvReader.parse(CsvReader.decode(csv));
        if (rows.isEmpty()) {
            throw new CheckpointException("header", "is missing; the first line must be " + String.join(",", COLUMNS));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new TooLarge("has " + (rows.size() - 1) + " rows; one import takes at most " + MAX_ROWS);
        }
        Map<String, Integer> columns = columns(rows.get(0).fields());
        List<Pass> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            try {
                Pass pass = pass(row, columns, uploader);
                passes.check(pass);
                accepted.add(pass);
            } catch (CheckpointException refused) {
                rejected.add(new Rejection(row.line(), COLUMN_OF.getOrDefault(refused.field(), refused.field()),
                        refused.getMessage()));
            }
        }
        if (!accepted.isEmpty()) {
            passes.record(accepted);
        }
        return new Report(accepted.size(), rejected);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                throw new CheckpointException("header", "unknown column '" + header.get(i).strip()
                        + "'; the header is " + String.join(",", COLUMNS));
            }
            if (columns.put(name, i) != null) {
                throw new CheckpointException("header", "column '" + name + "' appears twice");
            }
        }
        for (String column : COLUMNS) {
            if (!columns.containsKey(column) && !OPTIONAL.contains(column)) {
                throw new CheckpointException("header", "column '" + column + "' is missing; the header is "
                        + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private Pass pass(CsvReader.Row row, Map<String, Integer> columns, String uploader) {
        String code = value(row, columns, "checkpoint_code");
        if (code.isEmpty()) {
            throw new CheckpointException("checkpoint_code", "is required");
        }
        String time = value(row, columns, "time");
        String officer = value(row, columns, "officer");
        return new Pass(0, code, time.isEmpty() ? passes.now() : PassValues.time(time),
                PassValues.subjectKind(value(row, columns, "subject_kind")), value(row, columns, "subject"),
                PassValues.inbound(value(row, columns, "direction")),
                PassValues.healthCode(value(row, columns, "health_code")),
                PassValues.passType(value(row, columns, "pass_type")), officer.isEmpty() ? uploader : officer);
    }

    private static String value(CsvReader.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.fields().size() ? "" : row.fields().get(index).strip();
    }
}
