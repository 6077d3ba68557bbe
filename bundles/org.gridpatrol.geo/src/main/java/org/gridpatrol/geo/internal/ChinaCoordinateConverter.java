package org.gridpatrol.geo.internal;

import java.util.Objects;
import org.gridpatrol.geo.api.CoordinateConverter;
import org.gridpatrol.geo.api.GeoInputException;
import org.gridpatrol.geo.api.InputCrs;
import org.gridpatrol.geo.api.LonLat;
import org.osgi.service.component.annotations.Component;

/**
 * Converts client points to CGCS2000. WGS84 is taken as CGCS2000 (they differ by centimetres);
 * GCJ-02 and BD-09 are undone with {@link ChinaOffsets}.
 */
@Component(service = CoordinateConverter.class)
public class ChinaCoordinateConverter implements CoordinateConverter {

    @Override
    public LonLat toCgcs2000(double lon, double lat, InputCrs from) throws GeoInputException {
        Objects.requireNonNull(from, "from");
        checkPosition(lon, lat);
        switch (from) {
            case GCJ02:
                return ChinaOffsets.gcjToWgs(lon, lat);
            case BD09:
                LonLat gcj = ChinaOffsets.bdToGcj(lon, lat);
                return ChinaOffsets.gcjToWgs(gcj.lon(), gcj.lat());
            case WGS84:
            case CGCS2000:
            default:
                return new LonLat(lon, lat);
        }
    }

    @Override
    public LonLat fromCgcs2000(LonLat point, InputCrs to) {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(to, "to");
        switch (to) {
            case GCJ02:
                return ChinaOffsets.wgsToGcj(point.lon(), point.lat());
            case BD09:
                LonLat gcj = ChinaOffsets.wgsToGcj(point.lon(), point.lat());
                return ChinaOffsets.gcjToBd(gcj.lon(), gcj.lat());
            case WGS84:
            case CGCS2000:
            default:
                return point;
        }
    }

    private static void checkPosition(double lon, double lat) throws GeoInputException {
        checkAxis("lon", lon, 180);
        checkAxis("lat", lat, 90);
        if (lon == 0 && lat == 0) {
            throw new GeoInputException("lon", "(0, 0) is what receivers report without a GPS fix, not a position");
        }
    }

    private static void checkAxis(String field, double value, double limit) throws GeoInputException {
        if (!Double.isFinite(value)) {
            throw new GeoInputException(field, field + " must be a finite number of degrees, got " + value);
        }
        if (value < -limit || value > limit) {
            throw new GeoInputException(field,
                    field + " " + value + " is outside [-" + (int) limit + ", " + (int) limit + "] degrees");
        }
    }
}
