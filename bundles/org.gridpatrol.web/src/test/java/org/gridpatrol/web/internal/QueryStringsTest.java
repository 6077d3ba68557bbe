package org.gridpatrol.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gridpatrol.web.api.ApiException;
import org.junit.jupiter.api.Test;

class QueryStringsTest {

    @Test
    void decodesRepeatedEmptyAndChineseParameters() {
        var parameters = QueryStrings.parse("q=%E5%AE%89%E9%98%B3&bbox=1,2,3,4&flag&code=a&code=b&empty=");

        assertThat(parameters.get("q")).containsExactly("安阳");
        assertThat(parameters.get("bbox")).containsExactly("1,2,3,4");
        assertThat(parameters.get("flag")).containsExactly("");
        assertThat(parameters.get("code")).containsExactly("a", "b");
        assertThat(parameters.get("empty")).containsExactly("");
        assertThat(parameters.keySet()).containsExactly("q", "bbox", "flag", "code", "empty");
    }

    @Test
    void noQueryIsNoParameters() {
        assertThat(QueryStrings.parse(null)).isEmpty();
        assertThat(QueryStrings.parse("")).isEmpty();
        assertThat(QueryStrings.parse("&&")).isEmpty();
    }

    @Test
    void plusIsASpace() {
        assertThat(QueryStrings.parse("q=an+yang").get("q")).isEqualTo(List.of("an yang"));
    }

    @Test
    void brokenPercentEncodingIsABadRequestNamingTheParameter() {
        assertThatThrownBy(() -> QueryStrings.parse("lon=120.5&lat=%zz"))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.field()).isEqualTo("lat");
                });
    }
}
