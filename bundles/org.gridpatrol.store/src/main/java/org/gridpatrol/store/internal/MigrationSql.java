package org.gridpatrol.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits migration scripts into statements and rewrites the one non-portable statement we allow. */
final class MigrationSql {

    /** A semicolon that ends a line ends a statement, as the {@code Migration} contract says. */
    private static final Pattern STATEMENT_END = Pattern.compile(";[ \\t]*(?:\\r?\\n|$)");

    private static final Pattern SPATIAL_INDEX = Pattern.compile(
            "(?is)^\\s*CREATE\\s+SPATIAL\\s+INDEX\\s+((?:IF\\s+NOT\\s+EXISTS\\s+)?[\\w.\"]+)\\s+ON\\s+([\\w.\"]+)\\s*\\(([^)]*)\\)\\s*$");

    private MigrationSql() {
    }

    /** Statements in order, without trailing semicolons; blank and comment-only pieces are dropped. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        for (String piece : STATEMENT_END.split(script, -1)) {
            String statement = withoutLeadingComments(piece);
            if (!statement.isEmpty()) {
                statements.add(statement);
            }
        }
        return statements;
    }

    /** {@code CREATE SPATIAL INDEX n ON t(c)} (H2) becomes {@code CREATE INDEX n ON t USING GIST(c)} (PostGIS). */
    static String spatialIndexToGist(String statement) {
        Matcher matcher = SPATIAL_INDEX.matcher(statement);
        if (!matcher.matches()) {
            return statement;
        }
        return "CREATE INDEX " + matcher.group(1).strip() + " ON " + matcher.group(2)
                + " USING GIST (" + matcher.group(3).strip() + ")";
    }

    /** Leading comment lines go, so that statement recognition sees the keyword first. */
    private static String withoutLeadingComments(String piece) {
        List<String> lines = piece.lines().toList();
        int first = 0;
        while (first < lines.size() && (lines.get(first).isBlank() || lines.get(first).strip().startsWith("--"))) {
            first++;
        }
        return String.join("\n", lines.subList(first, lines.size())).strip();
    }
}
