package org.gridpatrol.shell.internal;

import java.util.Optional;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.gridpatrol.geo.api.CoordinateConverter;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.api.LonLat;
import org.gridpatrol.grid.api.GridChain;
import org.gridpatrol.grid.api.GridLocator;

/** {@code gridpatrol:locate <lon> <lat> [--crs gcj02]}: the chain of units containing a point. */
@Command(scope = "gridpatrol", name = "locate", description = "Shows the micro-grid, grid, community, town and county containing a point")
@Service
public class LocateCommand implements Action {

    @Argument(index = 0, name = "lon", description = "Longitude in decimal degrees", required = true)
    double lon;

    @Argument(index = 1, name = "lat", description = "Latitude in decimal degrees", required = true)
    double lat;

    @Option(name = "--crs", description = "CRS of the point: cgcs2000, wgs84 (default), gcj02, bd09")
    String crs = "wgs84";

    @Reference
    GridLocator locator;

    @Reference
    CoordinateConverter converter;

    @Reference
    Session session;

    @Override
    public Object execute() {
        Optional<InputCrs> inputCrs = InputCrs.byName(crs);
        if (inputCrs.isEmpty()) {
            session.getConsole().println("Unknown --crs '" + crs + "': use cgcs2000, wgs84, gcj02 or bd09");
            return null;
        }
        LonLat point;
        try {
            point = converter.toCgcs2000(lon, lat, inputCrs.get());
        } catch (GeoInputException invalid) {
            session.getConsole().println(invalid.getMessage());
            return null;
        }
        Optional<GridChain> chain = locator.locate(point.lon(), point.lat());
        session.getConsole().print(chain.isPresent() ? ChainText.of(point, chain.get()) : ChainText.outside(point));
        return null;
    }
}
