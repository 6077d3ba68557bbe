package org.gridpatrol.gisdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.gridpatrol.gisdata.GisDataGenerator.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GisDataGeneratorTest {

    @Test
    void parsesSizeOutputAndSeed() {
        Options options = Options.parse(new String[] {"--size", "County", "--out", "x/y.geojson", "--seed", "-7"},
                Path.of("/base"));
        assertThat(options.size()).isEqualTo(Size.COUNTY);
        assertThat(options.out()).isEqualTo(Path.of("/base/x/y.geojson"));
        assertThat(options.seed()).isEqualTo(-7);
    }

    @Test
    void defaultsTheSeedAndKeepsAbsoluteOutputs() {
        Options options = Options.parse(new String[] {"--out", "/tmp/a.geojson", "--size", "demo"}, Path.of("/base"));
        assertThat(options.seed()).isEqualTo(GisDataset.DEFAULT_SEED);
        assertThat(options.out()).isEqualTo(Path.of("/tmp/a.geojson"));
    }

    @Test
    void rejectsBadCommandLines() {
        Path base = Path.of("");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(new String[] {"--size", "demo"}, base))
                .withMessageContaining("--out");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse(new String[] {"--size", "city", "--out", "a"}, base))
                .withMessageContaining("demo, county");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse(new String[] {"--size", "demo", "--out", "a", "--seed", "x"}, base))
                .withMessageContaining("--seed");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse(new String[] {"--size", "--out", "a"}, base))
                .withMessageContaining("--size needs a value");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Options.parse(new String[] {"--size", "demo", "--out", "a", "--fast"}, base))
                .withMessageContaining("--fast");
    }

    @Test
    void writesTheDatasetToANewFolder(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("nested/demo.geojson");
        int written = GisDataGenerator.generate(new Options(Size.DEMO, out, 42));

        assertThat(written).isEqualTo(446);
        JsonNode features = new ObjectMapper().readTree(out.toFile()).get("features");
        assertThat(features).hasSize(446);
        assertThat(features.get(445).get("properties").get("level").asText()).isEqualTo("micro-grid");
    }
}
