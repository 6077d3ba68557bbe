package org.gridpatrol.grid.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.rules.TopologyRules;
import org.gridpatrol.grid.rules.Violation;
import org.gridpatrol.grid.rules.ViolationKind;
import org.locationtech.jts.geom.Geometry;

/** Rules about one unit on its own: a valid polygon, not a sliver, a code of its level's shape. */
public final class UnitChecks {

    private UnitChecks() {
    }

    public static List<Violation> check(Member member, TopologyRules rules) {
        List<Violation> found = new ArrayList<>(0);
        String code = member.code();
        AdminLevel level = member.unit().level();
        if (!code.matches("\\d{" + codeLength(level) + "}")) {
            found.add(new Violation(ViolationKind.BAD_CODE, List.of(code), "unit " + code + ": a " + level.id()
                    + " code has " + codeLength(level) + " digits", member.shape()));
        }
        if (!member.valid()) {
            Geometry at = member.problemAt() == null ? null : Member.CGCS2000.createPoint(member.problemAt());
            String where = member.problemAt() == null ? "" : " at " + Texts.lonLat(member.problemAt());
            found.add(new Violation(ViolationKind.INVALID_GEOMETRY, List.of(code),
                    "unit " + code + ": invalid geometry: " + member.problem() + where, at));
        } else if (member.squareMetres() < rules.minAreaSquareMetres()) {
            found.add(new Violation(ViolationKind.SLIVER, List.of(code), "unit " + code + " is a sliver: "
                    + Texts.squareMetres(member.squareMetres()) + ", below the minimum "
                    + Texts.squareMetres(rules.minAreaSquareMetres()), member.shape()));
        }
        return found;
    }

    static int codeLength(AdminLevel level) {
        return 6 + 3 * level.ordinal();
    }
}
