package org.gridpatrol.video.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridpatrol.video.api.VideoInputException;

/**
 * Spreadsheet CSV as text and records. Excel in China saves "CSV" as GBK and "CSV UTF-8" with a
 * byte-order mark; both are accepted. Bytes that decode as UTF-8 are UTF-8 (GBK text of any length
 * almost never is), otherwise they must be valid GBK.
 */
final class CsvText {

    /** One record and the line of the file on which it starts (from 1). */
    record CsvRecord(int line, List<String> fields) {
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvText() {
    }

    static String decode(byte[] bytes) throws VideoInputException {
        if (bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3)) {
            return strictly(StandardCharsets.UTF_8, Arrays.copyOfRange(bytes, 3, bytes.length));
        }
        try {
            return strictly(StandardCharsets.UTF_8, bytes);
        } catch (VideoInputException notUtf8) {
            return strictly(Charset.forName("GBK"), bytes);
        }
    }

    private static String strictly(Charset charset, byte[] bytes) throws VideoInputException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException unreadable) {
            throw new VideoInputException("body", "is neither UTF-8 nor GBK text");
        }
    }

    /**
     * RFC 4180 records: comma separated, fields in double quotes may hold commas, quotes (doubled)
     * and line breaks. Blank lines are skipped.
     */
    static List<CsvRecord> parse(String text) throws VideoInputException {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                fieldWasQuoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(fieldWasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                fields.add(fieldWasQuoted ? field.toString() : field.toString().strip());
                addUnlessBlank(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldWasQuoted = false;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new VideoInputException("body", "line " + recordLine + ": a quoted field is not closed");
        }
        fields.add(fieldWasQuoted ? field.toString() : field.toString().strip());
        addUnlessBlank(records, recordLine, fields);
        return records;
    }

    private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields) {
        if (fields.stream().anyMatch(value -> !value.isEmpty())) {
            records.add(new CsvRecord(line, List.copyOf(fields)));
        }
    }
}
