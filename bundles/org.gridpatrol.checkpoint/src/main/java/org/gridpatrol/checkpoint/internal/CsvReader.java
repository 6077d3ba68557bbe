package org.gridpatrol.checkpoint.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.checkpoint.api.CheckpointException;

/**
 * Just enough RFC 4180 for pass lists: comma-separated, fields optionally in double quotes with {@code ""}
 * for a quote and line breaks allowed inside, CRLF or LF; blank lines skipped. Each record keeps the line it
 * starts on, for error reports.
 */
final class CsvReader {

    record Row(int line, List<String> fields) {
    }

    private CsvReader() {
    }

    /** UTF-8 (a byte-order mark dropped), else GB18030, which is what Excel writes on Chinese Windows. */
    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    static List<Row> parse(String text) throws CheckpointException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean touched = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                touched = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                touched = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (touched || !field.toString().isBlank()) {
                    fields.add(field.toString());
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                touched = false;
                rowLine = ++line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CheckpointException("body", "line " + rowLine + ": a quoted field is not closed");
        }
        if (touched || !field.toString().isBlank()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }
}
