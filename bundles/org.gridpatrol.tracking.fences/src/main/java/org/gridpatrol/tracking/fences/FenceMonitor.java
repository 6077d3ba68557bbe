package org.gridpatrol.tracking.fences;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.gridpatrol.tracking.api.FenceEvent;
import org.gridpatrol.tracking.api.FenceTransition;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.fences.internal.Evidence;
import org.gridpatrol.tracking.fences.internal.IndexedFence;
import org.gridpatrol.tracking.fences.internal.Membership;
import org.locationtech.jts.geom.Point;

/**
 * Turns each unit's reports into fence transitions. The membership state (which fences a unit is settled
 * inside) is kept apart from the transitions, which are only its changes:
 * <ul>
 * <li>A report is evidence for a fence only when it is more than {@code hysteresisMetres} from the fence's
 * boundary; closer, it neither counts nor breaks a streak, so jitter along a fence cannot flap.</li>
 * <li>ENTER after {@code inertiaReports} consecutive reports inside; EXIT after as many outside.</li>
 * <li>DWELL once per stay, on the first report at least {@code dwellTime} after the stay began (the first
 * report of the streak that settled it), measured on report times.</li>
 * <li>CROSS when a unit settled outside a fence reports outside it twice in a row and the straight segment
 * between the two reports touches the fence: a fast pass between reports.</li>
 * <li>A unit's first report settles its state silently: no ENTER burst when the platform starts.</li>
 * <li>A report not newer than the unit's last accepted report (late offline reports, duplicates) changes
 * nothing and returns no transitions: the state follows the newest position only. Late reports are still
 * worth storing as track history; that is the caller's business.</li>
 * </ul>
 * Events of one report come in the order CROSS, EXIT, ENTER, DWELL, each by fence id. Not thread-safe: use
 * one monitor per unit queue (all reports of a unit through the same monitor, in arrival order).
 */
public final class FenceMonitor {

    private FenceIndex index;
    private final FenceRules rules;
    private final Map<String, UnitTrack> units = new HashMap<>();

    public FenceMonitor(FenceIndex index, FenceRules rules) {
        this.index = Objects.requireNonNull(index, "index");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The transitions this report causes, in order; empty for a unit's first report or a late one. */
    public List<FenceEvent> report(Position position) {
        Objects.requireNonNull(position.unitCode(), "unitCode");
        Instant time = Objects.requireNonNull(position.time(), "time");
        Point point = FenceIndex.point(position.lon(), position.lat());
        UnitTrack track = units.get(position.unitCode());
        if (track != null && !time.isAfter(track.lastTime)) {
            return List.of();
        }
        Map<String, IndexedFence> near = new HashMap<>();
        Map<String, Evidence> evidence = new HashMap<>();
        for (IndexedFence fence : index.near(position.lon(), position.lat(), rules.hysteresisMetres())) {
            near.put(fence.id(), fence);
            evidence.put(fence.id(), fence.evidence(point, rules.hysteresisMetres()));
        }
        if (track == null) {
            track = new UnitTrack();
            units.put(position.unitCode(), track);
            for (var entry : evidence.entrySet()) {
                // With no evidence yet, the raw containment is the best first guess.
                if (entry.getValue() == Evidence.INSIDE
                        || entry.getValue() == Evidence.NONE && near.get(entry.getKey()).covers(point)) {
                    track.memberships.put(entry.getKey(), Membership.settledInside(time));
                }
            }
            track.remember(position, evidence);
            return List.of();
        }
        List<FenceEvent> events = new ArrayList<>();
        crossings(track, position, evidence, events);
        apply(track, position, evidence, events);
        track.remember(position, evidence);
        return events;
    }

    /**
     * Evaluates from now on against {@code replacement} (fences added, changed or removed), keeping what each
     * unit has built up: memberships and streaks of fences that still exist stay, those of removed fences are
     * forgotten without an EXIT (the fence is gone, the unit did not leave). For a fence new in
     * {@code replacement} a unit's state is settled silently from its last report, as a first report is, so
     * that adding fences (or a source binding late at start) causes no burst of ENTERs for units that were
     * standing in them all along.
     */
    public void useIndex(FenceIndex replacement) {
        Objects.requireNonNull(replacement, "replacement");
        FenceIndex previous = index;
        index = replacement;
        double hysteresis = rules.hysteresisMetres();
        for (UnitTrack track : units.values()) {
            track.memberships.keySet().removeIf(id -> replacement.fence(id).isEmpty());
            track.notOutsideAtLast.removeIf(id -> replacement.fence(id).isEmpty());
            Point last = FenceIndex.point(track.lastLon, track.lastLat);
            for (IndexedFence fence : replacement.near(track.lastLon, track.lastLat, hysteresis)) {
                if (previous.fence(fence.id()).isPresent()) {
                    continue;
                }
                Evidence e = fence.evidence(last, hysteresis);
                if (e == Evidence.INSIDE || e == Evidence.NONE && fence.covers(last)) {
                    track.memberships.put(fence.id(), Membership.settledInside(track.lastTime));
                }
                if (e != Evidence.OUTSIDE) {
                    track.notOutsideAtLast.add(fence.id());
                }
            }
        }
    }

    /** The index reports are evaluated against. */
    public FenceIndex index() {
        return index;
    }

    /** The units this monitor has seen a report of. */
    public Set<String> units() {
        return Set.copyOf(units.keySet());
    }

    /** The fences the unit is settled inside; empty for an unknown unit. */
    public Set<String> inside(String unitCode) {
        UnitTrack track = units.get(unitCode);
        if (track == null) {
            return Set.of();
        }
        Set<String> inside = new TreeSet<>();
        track.memberships.forEach((id, membership) -> {
            if (membership.isSettledInside()) {
                inside.add(id);
            }
        });
        return Collections.unmodifiableSet(inside);
    }

    private void crossings(UnitTrack track, Position position, Map<String, Evidence> evidence,
            List<FenceEvent> events) {
        Set<String> crossed = index.crossedBy(track.lastLon, track.lastLat, position.lon(), position.lat());
        for (String id : crossed) {
            boolean outsideNow = evidence.getOrDefault(id, Evidence.OUTSIDE) == Evidence.OUTSIDE;
            Membership membership = track.memberships.get(id);
            boolean settledOutside = membership == null || !membership.isSettledInside();
            if (outsideNow && settledOutside && !track.notOutsideAtLast.contains(id)) {
                events.add(event(position, id, FenceTransition.CROSS));
            }
        }
    }

    private void apply(UnitTrack track, Position position, Map<String, Evidence> evidence,
            List<FenceEvent> events) {
        Set<String> touched = new TreeSet<>(track.memberships.keySet());
        evidence.forEach((id, e) -> {
            if (e == Evidence.INSIDE) {
                touched.add(id);
            }
        });
        Map<FenceTransition, List<FenceEvent>> byKind = new EnumMap<>(FenceTransition.class);
        for (String id : touched) {
            Membership membership = track.memberships.computeIfAbsent(id, unused -> Membership.pending());
            Evidence e = evidence.getOrDefault(id, Evidence.OUTSIDE);
            switch (membership.apply(e, position.time(), rules.inertiaReports())) {
                case ENTERED -> add(byKind, event(position, id, FenceTransition.ENTER));
                case EXITED -> {
                    add(byKind, event(position, id, FenceTransition.EXIT));
                    track.memberships.remove(id);
                }
                case DROPPED -> track.memberships.remove(id);
                case NONE -> { }
            }
            if (membership.dwellDue(position.time(), rules.dwellTime())) {
                add(byKind, event(position, id, FenceTransition.DWELL));
            }
        }
        for (FenceTransition kind : List.of(FenceTransition.EXIT, FenceTransition.ENTER, FenceTransition.DWELL)) {
            events.addAll(byKind.getOrDefault(kind, List.of()));
        }
    }

    private static void add(Map<FenceTransition, List<FenceEvent>> byKind, FenceEvent event) {
        byKind.computeIfAbsent(event.transition(), unused -> new ArrayList<>()).add(event);
    }

    private static FenceEvent event(Position position, String fenceId, FenceTransition transition) {
        return new FenceEvent(position.unitCode(), fenceId, transition, position.time(), position.lon(),
                position.lat());
    }

    /** One unit's settled memberships and what its last accepted report said. */
    private static final class UnitTrack {
        final Map<String, Membership> memberships = new HashMap<>();
        final Set<String> notOutsideAtLast = new HashSet<>();
        Instant lastTime;
        double lastLon;
        double lastLat;

        void remember(Position position, Map<String, Evidence> evidence) {
            lastTime = position.time();
            lastLon = position.lon();
            lastLat = position.lat();
            notOutsideAtLast.clear();
            evidence.forEach((id, e) -> {
                if (e != Evidence.OUTSIDE) {
                    notOutsideAtLast.add(id);
                }
            });
        }
    }
}
