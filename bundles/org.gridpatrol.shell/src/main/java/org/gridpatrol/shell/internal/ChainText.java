package org.gridpatrol.shell.internal;

import java.util.Locale;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridUnit;

/** The text {@code gridpatrol:locate} prints: one line per unit, deepest first, phones masked. */
final class ChainText {

    private ChainText() {
    }

    static String of(LonLat point, GridChain chain) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Point %.7f %.7f (CGCS2000)%n", point.lon(), point.lat()));
        for (GridUnit unit : chain.units()) {
            String worker = unit.worker() == null ? "" : "  " + unit.worker().name() + " " + unit.worker().maskedPhone();
            text.append(String.format(Locale.ROOT, "%-11s %-18s %s%s%n", unit.level().id(), unit.code(), unit.name(), worker));
        }
        return text.toString();
    }

    static String outside(LonLat point) {
        return String.format(Locale.ROOT, "No unit contains %.7f %.7f (CGCS2000)%n", point.lon(), point.lat());
    }
}
