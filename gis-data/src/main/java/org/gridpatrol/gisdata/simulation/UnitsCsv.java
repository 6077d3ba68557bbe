package org.gridpatrol.gisdata.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.gisdata.simulation.SimUnit.Kind;
import org.gridpatrol.gisdata.simulation.SimUnit.Status;

/**
 * The units CSV: UTF-8, header {@value #HEADER}, one unit per line, no quoting (no field may contain a
 * comma, quote or line break; writing refuses such a field).
 */
public final class UnitsCsv {

    public static final String HEADER = "code,name,kind,team,home_grid_code,phone,device_id,status";
    private static final String[] FIELDS = HEADER.split(",");

    private UnitsCsv() {
    }

    public static void write(List<SimUnit> units, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (SimUnit unit : units) {
            String[] values = {unit.code(), unit.name(), unit.kind().name(), unit.team(), unit.homeGridCode(),
                    unit.phone(), unit.deviceId(), unit.status().name()};
            for (int i = 0; i < values.length; i++) {
                String value = values[i] == null ? "" : values[i];
                if (value.matches(".*[,\"\r\n].*")) {
                    throw new IllegalArgumentException(unit.code() + ": field '" + FIELDS[i]
                            + "' contains a comma, quote or line break");
                }
                out.write(value);
                out.write(i + 1 < values.length ? ',' : '\n');
            }
        }
    }

    public static String toCsv(List<SimUnit> units) {
        StringWriter out = new StringWriter();
        try {
            write(units, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** @throws IllegalArgumentException naming the line and field of the first bad value */
    public static List<SimUnit> read(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String header = reader.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new IllegalArgumentException("line 1: header must be '" + HEADER + "'");
        }
        List<SimUnit> units = new ArrayList<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                units.add(parse(line, lineNumber));
            }
        }
        return units;
    }

    private static SimUnit parse(String line, int lineNumber) {
        String[] values = line.split(",", -1);
        if (values.length != FIELDS.length) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected " + FIELDS.length
                    + " fields, got " + values.length);
        }
        for (int i : new int[] {0, 2, 4, 6, 7}) {
            if (values[i].isBlank()) {
                throw new IllegalArgumentException("line " + lineNumber + ": field '" + FIELDS[i] + "' is empty");
            }
        }
        return new SimUnit(values[0].strip(), values[1].strip(), parseEnum(Kind.class, values, 2, lineNumber),
                values[3].strip(), values[4].strip(), values[5].strip(), values[6].strip(),
                parseEnum(Status.class, values, 7, lineNumber));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String[] values, int field, int lineNumber) {
        try {
            return Enum.valueOf(type, values[field].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNumber + ": field '" + FIELDS[field]
                    + "' has unknown value '" + values[field] + "'", e);
        }
    }
}
