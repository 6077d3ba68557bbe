package org.gridpatrol.tracking.internal.fences;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridQuery;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.GridUnits;
import org.gridpatrol.tracking.api.Fence;
import org.gridpatrol.tracking.api.FenceSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every grid and micro-grid (by default) as a fence {@code grid:<code>} named after the unit. Passes the grid's
 * change events on as {@link FenceSource#TOPIC_CHANGED} with {@code source=grid}.
 */
@Component(service = {FenceSource.class, EventHandler.class}, configurationPid = GridFencesConfig.PID,
        immediate = true, property = EventConstants.EVENT_TOPIC + "=" + GridUnits.TOPIC_CHANGED)
@Designate(ocd = GridFencesConfig.class)
public final class GridFenceSource implements FenceSource, EventHandler {

    static final String ID_PREFIX = Fence.GRID + ":";
    private static final Logger LOG = LoggerFactory.getLogger(GridFenceSource.class);

    private final GridUnits units;
    private final EventAdmin eventAdmin;
    private final Set<AdminLevel> levels;

    @Activate
    public GridFenceSource(@Reference GridUnits units, @Reference EventAdmin eventAdmin, GridFencesConfig config) {
        this.units = units;
        this.eventAdmin = eventAdmin;
        this.levels = levels(config.levels());
        LOG.info("Grid units of levels {} are fences", levels);
    }

    private static Set<AdminLevel> levels(String[] configured) {
        Set<AdminLevel> levels = EnumSet.noneOf(AdminLevel.class);
        for (String name : configured == null ? new String[0] : configured) {
            levels.add(AdminLevel.byId(name).orElseThrow(() -> invalid("unknown level '" + name + "'")));
        }
        if (levels.isEmpty()) {
            throw invalid("no level given");
        }
        return levels;
    }

    private static IllegalArgumentException invalid(String reason) {
        String message = "levels: " + reason + "; use some of " + List.of(AdminLevel.values());
        LOG.error("Grid fences not started: configuration {} is invalid: {}", GridFencesConfig.PID, message);
        return new IllegalArgumentException(message);
    }

    @Override
    public String source() {
        return Fence.GRID;
    }

    @Override
    public Collection<Fence> fences() {
        List<Fence> fences = new ArrayList<>();
        for (AdminLevel level : levels) {
            for (GridUnit unit : units.query(GridQuery.level(level)).units()) {
                if (unit.geometry() != null && !unit.geometry().isEmpty()) {
                    String name = unit.name() == null || unit.name().isBlank() ? unit.code() : unit.name();
                    fences.add(new Fence(ID_PREFIX + unit.code(), name, Fence.GRID, unit.geometry()));
                }
            }
        }
        return fences;
    }

    @Override
    public void handleEvent(Event gridChanged) {
        eventAdmin.postEvent(new Event(TOPIC_CHANGED, Map.of("source", Fence.GRID)));
    }
}
