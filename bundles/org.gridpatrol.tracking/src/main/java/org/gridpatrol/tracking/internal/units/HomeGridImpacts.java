package org.gridpatrol.tracking.internal.units;

import java.util.List;
import org.gridpatrol.grid.api.GridChange;
import org.gridpatrol.grid.api.ImpactSource;
import org.gridpatrol.grid.api.ImpactedItem;
import org.gridpatrol.tracking.api.PatrolUnit;
import org.gridpatrol.tracking.api.PatrolUnits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Patrol units whose stored home grid a grid edit deletes, for the edit's impact report. A home grid that comes
 * back under a new code is reported with that code as {@code gridAfter}; one that is gone has none. Either way
 * the stored code is not rewritten: someone has to reassign the unit, so it is marked as needing it.
 */
@Component(service = ImpactSource.class)
public class HomeGridImpacts implements ImpactSource {

    static final String KIND = "patrol-unit-home";

    private final PatrolUnits units;

    @Activate
    public HomeGridImpacts(@Reference PatrolUnits units) {
        this.units = units;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<ImpactedItem> impacted(GridChange change) {
        return units.list(null, null, null).stream()
                .filter(unit -> unit.homeGridCode() != null)
                .filter(unit -> change.unit(unit.homeGridCode()).filter(home -> home.deleted()).isPresent())
                .map(unit -> item(unit, change)).toList();
    }

    private static ImpactedItem item(PatrolUnit unit, GridChange change) {
        String successor = change.renamedTo(unit.homeGridCode()).orElse(null);
        return new ImpactedItem(KIND, unit.code(), unit.name(), null, null, unit.homeGridCode(), successor, true);
    }
}
