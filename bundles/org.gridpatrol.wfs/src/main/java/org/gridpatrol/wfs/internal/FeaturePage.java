package org.gridpatrol.wfs.internal;

import java.util.List;

/** The features of one GetFeature answer and how many match in all; no features for resultType=hits. */
record FeaturePage(List<ServedFeature> features, long numberMatched, boolean hitsOnly) {

    FeaturePage {
        features = List.copyOf(features);
    }
}
