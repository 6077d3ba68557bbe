package org.gridpatrol.grid.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.grid.rules.TopologyRules;
import org.gridpatrol.grid.rules.Violation;
import org.gridpatrol.grid.rules.ViolationKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Whether the children of one parent cover it exactly. When their edges match the parent's exactly
 * {@link ExactTiling} proves it without measuring anything. Otherwise gaps are the parent minus the
 * union of the children, outside parts the union minus the parent, overlaps the pairwise intersections
 * of siblings, each measured against the tolerance.
 *
 * <p>Overlays run in lon/lat, where edges are straight as the store keeps them, so siblings sharing
 * vertices never overlap by projection noise; only the resulting pieces are measured in metres.
 * Invalid children are left out (they are reported on their own), and then gaps are not reported:
 * where an invalid child should have been is not a gap anybody needs to hear about.
 *
 * <p>Overlaps are searched only when they can exist: the children's areas minus their union's area is
 * the total overlapping area, and no overlap piece can be wider than a circle of that area. In a clean
 * tiling that difference is rounding noise and the pairwise search is skipped.
 */
public final class CoverageCheck {

    /** Margin on the overlap-area bound for rounding and the frame's scale error. */
    private static final double AREA_BOUND_MARGIN = 1.01;
    /** Children closer than this to a gap (about 1 cm) are named as around it. */
    private static final double NEIGHBOUR_DEGREES = 1e-7;

    private final TopologyRules rules;

    public CoverageCheck(TopologyRules rules) {
        this.rules = rules;
    }

    public List<Violation> check(Member parent, List<Member> children) {
        if (!parent.valid()) {
            return List.of();
        }
        if (children.stream().allMatch(Member::valid)
                && ExactTiling.holds(parent.shape(), children.stream().map(Member::shape).toList())) {
            return List.of();
        }
        return measured(parent, children);
    }

    /** The overlay path alone, also where {@link ExactTiling} would prove the tiling (for benchmarks). */
    public List<Violation> measured(Member parent, List<Member> children) {
        if (!parent.valid()) {
            return List.of();
        }
        List<Member> valid = children.stream().filter(Member::valid).toList();
        List<Geometry> shapes = valid.stream().map(Member::shape).toList();
        Geometry union = shapes.isEmpty() ? Member.CGCS2000.createPolygon()
                : OverlayNGRobust.union(shapes, Member.CGCS2000);
        List<Violation> found = new ArrayList<>();
        if (valid.size() == children.size()) {
            found.addAll(gaps(parent, valid, union));
        }
        found.addAll(outside(parent, valid, union));
        if (overlapsPossible(parent, shapes, union)) {
            found.addAll(OverlapFinder.overlaps(valid, rules.overlapToleranceMetres()));
        }
        return found;
    }

    private List<Violation> gaps(Member parent, List<Member> children, Geometry union) {
        Geometry uncovered = OverlayNGRobust.overlay(parent.shape(), union, OverlayNG.DIFFERENCE);
        List<Violation> found = new ArrayList<>(0);
        for (Pieces.Piece piece : Pieces.widerThan(uncovered, rules.gapToleranceMetres())) {
            List<String> codes = new ArrayList<>(List.of(parent.code()));
            children.stream().filter(child -> DistanceOp.isWithinDistance(child.shape(), piece.lonLat(),
                    NEIGHBOUR_DEGREES)).forEach(child -> codes.add(child.code()));
            String around = codes.size() == 1 ? "" : " between " + Texts.codes(codes.subList(1, codes.size()));
            found.add(new Violation(ViolationKind.GAP, codes, "gap in " + parent.code() + around + ": "
                    + Texts.piece(piece, rules.gapToleranceMetres()), piece.lonLat()));
        }
        return found;
    }

    private List<Violation> outside(Member parent, List<Member> children, Geometry union) {
        Geometry spilled = OverlayNGRobust.overlay(union, parent.shape(), OverlayNG.DIFFERENCE);
        List<Violation> found = new ArrayList<>(0);
        for (Pieces.Piece piece : Pieces.widerThan(spilled, rules.overlapToleranceMetres())) {
            Point inside = piece.lonLat().getInteriorPoint();
            List<String> codes = new ArrayList<>();
            children.stream().filter(child -> child.shape().covers(inside)).forEach(child -> codes.add(child.code()));
            String who = codes.isEmpty() ? "a child" : Texts.codes(codes);
            codes.add(parent.code());
            found.add(new Violation(ViolationKind.OUTSIDE_PARENT, codes, who + " reaches outside parent "
                    + parent.code() + ": " + Texts.piece(piece, rules.overlapToleranceMetres()), piece.lonLat()));
        }
        return found;
    }

    private boolean overlapsPossible(Member parent, List<Geometry> shapes, Geometry union) {
        double childDegrees = shapes.stream().mapToDouble(Geometry::getArea).sum();
        double overlapSquareMetres = Math.max(0, childDegrees - union.getArea())
                * LocalMetres.around(parent.shape()).squareMetresPerSquareDegree() * AREA_BOUND_MARGIN;
        return 2 * Math.sqrt(overlapSquareMetres / Math.PI) > rules.overlapToleranceMetres();
    }
}
