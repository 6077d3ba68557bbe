package org.gridpatrol.grid.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.rules.Violation;
import org.gridpatrol.grid.rules.ViolationKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Overlaps among valid units wider than a tolerance. Candidate pairs come from an STRtree of envelopes,
 * so only neighbours are intersected: about six per unit in a tiling instead of all n² pairs.
 */
public final class OverlapFinder {

    private OverlapFinder() {
    }

    public static List<Violation> overlaps(List<Member> members, double toleranceMetres) {
        STRtree tree = new STRtree();
        for (int i = 0; i < members.size(); i++) {
            tree.insert(members.get(i).shape().getEnvelopeInternal(), i);
        }
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member first = members.get(i);
            int firstIndex = i;
            List<?> candidates = tree.query(first.shape().getEnvelopeInternal());
            List<Integer> later = candidates.stream().map(Integer.class::cast).filter(j -> j > firstIndex)
                    .sorted().toList();
            for (int j : later) {
                found.addAll(overlaps(first, members.get(j), toleranceMetres));
            }
        }
        return found;
    }

    static List<Violation> overlaps(Member first, Member second, double toleranceMetres) {
        Geometry common = OverlayNGRobust.overlay(first.shape(), second.shape(), OverlayNG.INTERSECTION);
        List<Violation> found = new ArrayList<>(0);
        for (Pieces.Piece piece : Pieces.widerThan(common, toleranceMetres)) {
            found.add(new Violation(ViolationKind.OVERLAP, List.of(first.code(), second.code()),
                    first.code() + " and " + second.code() + " overlap: " + Texts.piece(piece, toleranceMetres),
                    piece.lonLat()));
        }
        return found;
    }
}
