package org.gridpatrol.wfs.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.grid.api.AdminLevel;

/** The feature types served: one per level, named like the OGC API Features collections. */
enum FeatureType {
    COUNTIES("counties", AdminLevel.COUNTY),
    TOWNS("towns", AdminLevel.TOWN),
    COMMUNITIES("communities", AdminLevel.COMMUNITY),
    GRIDS("grids", AdminLevel.GRID),
    MICRO_GRIDS("micro-grids", AdminLevel.MICRO_GRID);

    /** The application schema: feature types are {@code gp:micro-grids} and so on. */
    static final String NAMESPACE = "http://gridpatrol.org/wfs";
    static final String PREFIX = "gp";

    private final String id;
    private final AdminLevel level;

    FeatureType(String id, AdminLevel level) {
        this.id = id;
        this.level = level;
    }

    /** The local name, e.g. {@code micro-grids}; also the prefix of feature ids. */
    String id() {
        return id;
    }

    String qualifiedName() {
        return PREFIX + ":" + id;
    }

    AdminLevel level() {
        return level;
    }

    String title() {
        return level.chineseName() + " (" + level.id() + ")";
    }

    static Optional<FeatureType> byLevel(AdminLevel level) {
        return Arrays.stream(values()).filter(type -> type.level == level).findFirst();
    }

    /** By name with any prefix or none: {@code gp:grids}, {@code feature:grids}, {@code grids}. */
    static Optional<FeatureType> byName(String name) {
        String local = Xml.localPart(name);
        return Arrays.stream(values()).filter(type -> type.id.equals(local)).findFirst();
    }

    static FeatureType require(String name, String locator, WfsVersion version) {
        return byName(name).orElseThrow(() -> WfsException.invalidParameter(version, locator,
                "unknown feature type '" + name + "'; known: " + knownNames()));
    }

    static List<FeatureType> parseList(String names, String locator, WfsVersion version) {
        // 2.0 allows "(a)(b)" groups for joins; we serve single-type queries, so brackets just separate.
        return Arrays.stream(names.replace("(", ",").replace(")", ",").split(","))
                .map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> require(name, locator, version)).distinct().toList();
    }

    static String knownNames() {
        return String.join(", ", Arrays.stream(values()).map(FeatureType::qualifiedName).toList());
    }
}
