package org.gridpatrol.ogc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void namesAreSortedAndOverridesReplaceValues() {
        String url = QueryString.with("http://h/items", Map.of("offset", List.of("7"), "bbox", List.of("1,2,3,4"),
                "code", List.of("a", "b")), Map.of("offset", "10", "limit", "5"));

        assertThat(url).isEqualTo("http://h/items?bbox=1,2,3,4&code=a&code=b&limit=5&offset=10");
    }

    @Test
    void noParametersLeaveTheBaseAlone() {
        assertThat(QueryString.with("http://h/items", Map.of(), Map.of())).isEqualTo("http://h/items");
    }

    @Test
    void valuesThatWouldBreakTheQueryAreEncodedAndDecodeBack() {
        String value = "西山 社区&x=1+2/?#%";

        String encoded = QueryString.encode(value);

        assertThat(encoded).doesNotContain(" ", "&", "=", "+", "?", "#");
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(value);
    }
}
