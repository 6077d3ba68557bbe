package org.gridpatrol.gisdata.internal;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Rui'an's streets (街道), towns (镇) and townships (乡) with an approximate location each, used as the
 * Voronoi seed of the town so that names sit roughly where they belong. The three-digit suffixes follow the
 * statistical convention (001-099 streets, 1xx towns, 2xx townships) but are plausible, not official.
 * 北麂乡 (the offshore Beiji islands) is left out: the outline is mainland only.
 */
public final class TownCatalog {

    /** One town: its 9-digit code, name and an approximate lon/lat inside it. */
    public record Town(String code, String name, double lon, double lat) {

        public boolean isStreet() {
            return name.endsWith("街道");
        }

        public Coordinate location() {
            return new Coordinate(lon, lat);
        }
    }

    private static final List<Town> ALL = List.of(
            new Town("330381001", "安阳街道", 120.640, 27.790),
            new Town("330381002", "玉海街道", 120.655, 27.772),
            new Town("330381003", "锦湖街道", 120.675, 27.788),
            new Town("330381004", "东山街道", 120.697, 27.772),
            new Town("330381005", "上望街道", 120.700, 27.810),
            new Town("330381006", "莘塍街道", 120.690, 27.842),
            new Town("330381007", "汀田街道", 120.660, 27.828),
            new Town("330381008", "飞云街道", 120.655, 27.740),
            new Town("330381009", "仙降街道", 120.605, 27.735),
            new Town("330381010", "南滨街道", 120.688, 27.715),
            new Town("330381101", "塘下镇", 120.640, 27.865),
            new Town("330381102", "马屿镇", 120.560, 27.700),
            new Town("330381103", "陶山镇", 120.540, 27.800),
            new Town("330381104", "湖岭镇", 120.440, 27.830),
            new Town("330381105", "高楼镇", 120.340, 27.720),
            new Town("330381106", "曹村镇", 120.480, 27.680),
            new Town("330381107", "林川镇", 120.430, 27.895),
            new Town("330381108", "平阳坑镇", 120.440, 27.745),
            new Town("330381109", "桐浦镇", 120.590, 27.825),
            new Town("330381201", "芳庄乡", 120.320, 27.810));

    /** Spread over the county, so five Voronoi cells still look like a county and not like downtown. */
    private static final List<String> DEMO_CODES =
            List.of("330381001", "330381008", "330381101", "330381102", "330381104");

    private TownCatalog() {
    }

    /** The first {@code count} towns for a size: the demo five when 5 are asked for, else the catalogue. */
    public static List<Town> towns(int count) {
        if (count == DEMO_CODES.size()) {
            return ALL.stream().filter(town -> DEMO_CODES.contains(town.code())).toList();
        }
        if (count > ALL.size()) {
            throw new IllegalArgumentException("the catalogue has " + ALL.size() + " towns, " + count + " asked");
        }
        return ALL.subList(0, count);
    }
}
