package org.gridpatrol.gisdata.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gridpatrol.gisdata.GisFeature;
import org.gridpatrol.gisdata.Level;
import org.gridpatrol.gisdata.Size;
import org.gridpatrol.gisdata.simulation.SimUnit.Kind;
import org.gridpatrol.gisdata.simulation.SimUnit.Status;
import org.junit.jupiter.api.Test;

class UnitsGeneratorTest {

    static final Path COMMITTED_UNITS = Path.of("demo", "units.csv");

    private final DatasetIndex dataset = DemoData.index();
    private final List<SimUnit> units = DemoData.units();

    @Test
    void demoHasSixtyPatrollersTenVehiclesAndFiveDrones() {
        Map<Kind, Integer> perKind = new TreeMap<>();
        units.forEach(unit -> perKind.merge(unit.kind(), 1, Integer::sum));
        assertThat(perKind).containsEntry(Kind.PATROLLER, 60).containsEntry(Kind.VEHICLE, 10)
                .containsEntry(Kind.DRONE, 5);
        assertThat(UnitCounts.forSize(Size.COUNTY).patrollers()).isEqualTo(31_000);
        assertThat(units.get(0).code()).isEqualTo("P00001");
        assertThat(units).filteredOn(unit -> unit.kind() == Kind.VEHICLE).first()
                .extracting(SimUnit::code).isEqualTo("V0001");
    }

    @Test
    void isAPureFunctionOfDatasetCountsAndSeed() {
        List<SimUnit> again = UnitsGenerator.generate(DemoData.index(), UnitCounts.forSize(Size.DEMO), DemoData.SEED);
        assertThat(again).isEqualTo(units);
        assertThat(UnitsGenerator.generate(dataset, UnitCounts.forSize(Size.DEMO), 7)).isNotEqualTo(units);
    }

    @Test
    void homeGridsAreGridsOfTheDatasetAndTeamsAreTheirTowns() {
        for (SimUnit unit : units) {
            GisFeature grid = dataset.find(unit.homeGridCode()).orElseThrow();
            assertThat(grid.level()).as(unit.code()).isEqualTo(Level.GRID.id());
            assertThat(unit.team()).isEqualTo(dataset.ancestor(grid.code(), Level.TOWN).name() + "巡防队");
        }
        // patrollers are spread evenly: every grid has one in the demo
        assertThat(units.stream().filter(unit -> unit.kind() == Kind.PATROLLER).map(SimUnit::homeGridCode)
                .distinct().count()).isEqualTo(dataset.grids().size());
        assertThat(units.stream().map(SimUnit::team).distinct().count()).isEqualTo(dataset.towns().size());
    }

    @Test
    void namesPhonesAndDeviceIdsLookRealAndAreUnique() {
        Set<String> phones = new HashSet<>();
        Set<String> devices = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (SimUnit unit : units) {
            assertThat(unit.name()).matches(unit.kind() == Kind.VEHICLE ? "巡逻车浙C\\d{4}警" : "[\\p{IsHan}0-9]+");
            assertThat(unit.phone()).matches("1[358]\\d{9}");
            assertThat(unit.deviceId()).matches("[1-9]\\d{5}");
            assertThat(phones.add(unit.phone())).isTrue();
            assertThat(devices.add(unit.deviceId())).isTrue();
            assertThat(codes.add(unit.code())).isTrue();
        }
        assertThat(units).extracting(SimUnit::status).contains(Status.AVAILABLE, Status.BUSY, Status.OFF_DUTY);
    }

    @Test
    void csvReadsBackToTheSameUnits() throws Exception {
        String csv = UnitsCsv.toCsv(units);
        assertThat(csv).startsWith(UnitsCsv.HEADER + "\n");
        assertThat(UnitsCsv.read(new StringReader(csv))).isEqualTo(units);
    }

    @Test
    void committedDemoUnitsAreWhatTheGeneratorWrites() throws Exception {
        assertThat(Files.readString(COMMITTED_UNITS, StandardCharsets.UTF_8))
                .as("regenerate demo/units.csv (see README) after changing the generator")
                .isEqualTo(UnitsCsv.toCsv(units));
    }

    @Test
    void badCsvIsRefusedNamingLineAndField() {
        String badKind = UnitsCsv.HEADER + "\nP1,张三,WALKER,队,330381001001001,13800000000,123456,AVAILABLE\n";
        assertThatThrownBy(() -> UnitsCsv.read(new StringReader(badKind))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2: field 'kind' has unknown value 'WALKER'");
        String noDevice = UnitsCsv.HEADER + "\nP1,张三,PATROLLER,队,330381001001001,13800000000,,AVAILABLE\n";
        assertThatThrownBy(() -> UnitsCsv.read(new StringReader(noDevice)))
                .hasMessage("line 2: field 'device_id' is empty");
        assertThatThrownBy(() -> UnitsCsv.read(new StringReader("id,name\n"))).hasMessageContaining("line 1: header");
        SimUnit comma = new SimUnit("P1", "张,三", Kind.PATROLLER, "队", "330381001001001", "138", "1", Status.BUSY);
        assertThatThrownBy(() -> UnitsCsv.toCsv(List.of(comma))).hasMessageContaining("P1: field 'name'");
    }
}
