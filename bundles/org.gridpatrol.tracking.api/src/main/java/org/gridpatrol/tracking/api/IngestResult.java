package org.gridpatrol.tracking.api;

import java.util.List;

/**
 * What became of a batch: the number of reports stored durably and the rejected ones, each with its
 * index in the batch, the field at fault and the reason. One bad report never drops the good ones.
 */
public record IngestResult(int accepted, List<Rejection> rejections) {

    public IngestResult {
        rejections = List.copyOf(rejections);
    }

    /** A report refused; {@code index} is its position in the submitted batch. */
    public record Rejection(int index, String deviceId, String field, String reason) {
    }
}
