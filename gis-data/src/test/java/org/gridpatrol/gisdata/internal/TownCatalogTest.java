package org.gridpatrol.gisdata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

class TownCatalogTest {

    @Test
    void outlineIsAValidPolygonAroundRuian() {
        Polygon outline = RuianOutline.polygon();
        Envelope extent = outline.getEnvelopeInternal();

        assertThat(outline.isValid()).isTrue();
        assertThat(outline.getNumPoints() - 1).isBetween(20, 40);
        assertThat(extent.getMinX()).isBetween(120.24, 120.26);
        assertThat(extent.getMaxX()).isBetween(120.71, 120.73);
        assertThat(extent.getMinY()).isBetween(27.61, 27.63);
        assertThat(extent.getMaxY()).isBetween(27.92, 27.94);
    }

    @Test
    void everyTownLiesWellInsideTheOutlineWithAUniqueCode() {
        Polygon outline = RuianOutline.polygon();
        List<TownCatalog.Town> towns = TownCatalog.towns(20);

        assertThat(towns).extracting(TownCatalog.Town::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("330381\\d{3}"));
        assertThat(towns).allSatisfy(town -> assertThat(
                outline.getExteriorRing().distance(Geometries.FACTORY.createPoint(town.location())))
                .as(town.name()).isGreaterThan(0.005));
        assertThat(towns).allMatch(town -> outline.contains(Geometries.FACTORY.createPoint(town.location())));
        assertThat(towns).filteredOn(TownCatalog.Town::isStreet).hasSize(10);
    }

    @Test
    void demoTownsAreASpreadSubset() {
        assertThat(TownCatalog.towns(5)).extracting(TownCatalog.Town::name)
                .containsExactly("安阳街道", "飞云街道", "塘下镇", "马屿镇", "湖岭镇");
        assertThatIllegalArgumentException().isThrownBy(() -> TownCatalog.towns(21));
    }
}
