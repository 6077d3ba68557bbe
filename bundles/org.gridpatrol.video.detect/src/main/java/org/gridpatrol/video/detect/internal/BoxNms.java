package org.gridpatrol.video.detect.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;

/** Greedy non-maximum suppression on scored boxes. */
final class BoxNms {

    private BoxNms() {
    }

    /**
     * Keeps the best-scoring box of every group whose pairwise overlap exceeds {@code maxIou}. A box
     * lying mostly inside a kept one (HOG often fires on a person's upper half too) is also dropped
     * when {@code maxContainment} of its own area is covered.
     */
    static List<Detection> suppress(List<Detection> detections, double maxIou, double maxContainment) {
        List<Detection> sorted = new ArrayList<>(detections);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection candidate : sorted) {
            boolean overlapsKept = false;
            for (Detection keeper : kept) {
                double intersection = intersection(candidate.box(), keeper.box());
                double union = candidate.box().area() + keeper.box().area() - intersection;
                double smaller = Math.min(candidate.box().area(), keeper.box().area());
                if (union > 0 && intersection / union > maxIou
                        || smaller > 0 && intersection / smaller > maxContainment) {
                    overlapsKept = true;
                    break;
                }
            }
            if (!overlapsKept) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    static double iou(ImageBox a, ImageBox b) {
        double intersection = intersection(a, b);
        double union = a.area() + b.area() - intersection;
        return union > 0 ? intersection / union : 0;
    }

    static double intersection(ImageBox a, ImageBox b) {
        double w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        double h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
