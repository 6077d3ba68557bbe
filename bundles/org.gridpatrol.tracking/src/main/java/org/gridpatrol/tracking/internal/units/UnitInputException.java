package org.gridpatrol.tracking.internal.units;

/**
 * A unit refused by {@link JdbcPatrolUnits#save}: {@code index} is its place in the saved batch, {@code field}
 * the record component at fault (e.g. {@code deviceId}).
 */
public final class UnitInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final String field;

    public UnitInputException(int index, String code, String field, String reason) {
        super("unit " + (code == null || code.isBlank() ? "#" + index : "'" + code + "'") + ", " + field + ": " + reason);
        this.index = index;
        this.field = field;
    }

    public int index() {
        return index;
    }

    public String field() {
        return field;
    }
}
