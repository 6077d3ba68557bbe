package org.gridpatrol.grid.api;

import java.util.List;

/**
 * What an edit moves between units.
 *
 * @param items         every impacted thing, grouped by source in the order the sources answered
 * @param failedSources kinds of the sources that failed, so an incomplete report says so
 */
public record ImpactReport(List<ImpactedItem> items, List<String> failedSources) {

    public static final ImpactReport EMPTY = new ImpactReport(List.of(), List.of());

    public ImpactReport {
        items = List.copyOf(items);
        failedSources = List.copyOf(failedSources);
    }
}
