package org.gridpatrol.ogc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridpatrol.grid.api.AdminLevel;
import org.gridpatrol.grid.api.GridUnit;
import org.gridpatrol.grid.api.VersionedUnit;
import org.gridpatrol.web.api.ApiException;
import org.gridpatrol.web.api.ApiRequest;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    private static final VersionedUnit THIRD = new VersionedUnit(new GridUnit("330381", "瑞安市", AdminLevel.COUNTY, null,
            GridFixture.box(120, 27, 121, 28), null), 3, null, null);

    @Test
    void ifMatchListsMatchWhenOneStrongTagIsTheCurrentVersion() {
        assertThat(Preconditions.baseVersion(with("If-Match", "\"3\""), THIRD)).isEqualTo(3);
        assertThat(Preconditions.baseVersion(with("If-Match", " \"2\", \"3\" "), THIRD)).isEqualTo(3);
    }

    @Test
    void weakTagsNeverMatchAChange() {
        assertThatThrownBy(() -> Preconditions.baseVersion(with("If-Match", "W/\"3\""), THIRD))
                .isInstanceOfSatisfying(Problems.Refusal.class,
                        refused -> assertThat(refused.response().status()).isEqualTo(412));
    }

    @Test
    void unquotedTagsAre400NamingTheHeader() {
        assertThatThrownBy(() -> Preconditions.baseVersion(with("If-Match", "3"), THIRD))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo("If-Match");
                });
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(Preconditions.notModified(with("If-None-Match", "W/\"3\""), 3)).isTrue();
        assertThat(Preconditions.notModified(with("If-None-Match", "\"2\""), 3)).isFalse();
        assertThat(Preconditions.notModified(with("Accept", "*/*"), 3)).isFalse();
    }

    private static ApiRequest with(String header, String value) {
        return WriteRequests.GIS.request("PUT", "/collections/counties/items/330381", null, header, value);
    }
}
