package org.gridpatrol.wfs.internal;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A parsed WFS Transaction: its actions in document order and the {@code handle} (used as the revision
 * comment). Attribute values are the text sent, null for an explicit null (no Value, or xsi:nil).
 */
record TransactionRequest(WfsVersion version, String handle, List<Action> actions) {

    TransactionRequest {
        actions = List.copyOf(actions);
    }

    sealed interface Action permits Insert, Update, Delete {
        FeatureType type();

        /** Where in the request, e.g. {@code Transaction/Update[2]}, for error messages. */
        String locator();
    }

    /** One new feature; {@code geometry} null when the client sent none. */
    record Insert(FeatureType type, Map<String, String> attributes, MultiPolygon geometry, String locator)
            implements Action {
    }

    /**
     * New values for the features with {@code ids}; {@code geometryGiven} tells a geometry property apart
     * from none ({@code geometry} is then null only when the client removed it).
     */
    record Update(FeatureType type, Map<String, String> attributes, boolean geometryGiven, MultiPolygon geometry,
            List<FeatureId> ids, String locator) implements Action {
    }

    record Delete(FeatureType type, List<FeatureId> ids, String locator) implements Action {
    }
}
