package org.gridpatrol.tracking.internal.units;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.UnitKind;
import org.gridpatrol.tracking.api.UnitStatus;

/**
 * Units from spreadsheet CSV: header {@value #HEADER}, UTF-8 (with or without byte-order mark) or GBK as
 * Excel in China saves it; fields may be double-quoted. Rows that cannot be read become {@link Problem}s.
 */
final class UnitCsv {

    static final String HEADER = "code,name,kind,team,home_grid_code,phone,device_id,status";
    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    record Problem(int line, String field, String reason) {
    }

    record Parsed(List<PatrolUnit> units, List<Problem> problems) {
    }

    private UnitCsv() {
    }

    static Parsed parse(byte[] bytes) {
        List<String> lines = decode(bytes).lines().toList();
        List<PatrolUnit> units = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (lines.isEmpty() || !fields(lines.get(0)).equals(COLUMNS)) {
            problems.add(new Problem(1, "header", "must be " + HEADER));
            return new Parsed(units, problems);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = fields(lines.get(i));
            if (fields.size() != COLUMNS.size()) {
                problems.add(new Problem(i + 1, "line", "has " + fields.size() + " fields, expected " + COLUMNS.size()));
                continue;
            }
            try {
                units.add(unit(fields));
            } catch (BadField refused) {
                problems.add(new Problem(i + 1, refused.field, refused.getMessage()));
            }
        }
        return new Parsed(units, problems);
    }

    private static PatrolUnit unit(List<String> fields) {
        UnitKind kind = constant(UnitKind.class, "kind", fields.get(2));
        String status = fields.get(7);
        return new PatrolUnit(fields.get(0), fields.get(1), kind, fields.get(3), fields.get(4), fields.get(5),
                fields.get(6), status.isEmpty() ? UnitStatus.OFF_DUTY : constant(UnitStatus.class, "status", status));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new BadField(field, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", got '" + value + "'");
        }
    }

    private static final class BadField extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;
        private final String field;

        BadField(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    /** One line's fields, trimmed; a double-quoted field may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }

    private static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        byte[] text = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(text, Charset.forName("GBK"));
        }
    }
}
