package org.gridpatrol.video.analysis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridpatrol.video.api.ImageBox;

/**
 * Gives detections stable ids across frames: greedy matching by intersection-over-union (best
 * pairs first, IoU >= {@link #MIN_IOU}), then by nearest box centre within
 * {@link #MAX_CENTRE_DISTANCE_HEIGHTS} of the detection's height for what is left (people who moved
 * more than their width between two slow frames); unmatched detections start new tracks; a track
 * not seen for more than {@link #EXPIRY_SECONDS} ends. Good enough for loitering at a few frames a
 * second; not a re-identification tracker.
 */
public final class PersonTracker {

    public static final double MIN_IOU = 0.3;
    public static final double MAX_CENTRE_DISTANCE_HEIGHTS = 0.5;
    public static final double EXPIRY_SECONDS = 2;

    private final Map<Long, Track> tracks = new LinkedHashMap<>();
    private long nextId = 1;

    /** The tracker's view after a frame: the track id of each input box, tracks that ended, and all live tracks. */
    public record Update(List<Long> idsOfBoxes, Set<Long> expired, Map<Long, ImageBox> alive) {
    }

    private static final class Track {
        final long id;
        ImageBox box;
        Instant lastSeen;

        Track(long id, ImageBox box, Instant lastSeen) {
            this.id = id;
            this.box = box;
            this.lastSeen = lastSeen;
        }
    }

    private record Candidate(Track track, int box, double cost) {
    }

    public Update update(List<ImageBox> boxes, Instant time) {
        Set<Long> expired = expire(time);
        Long[] ids = new Long[boxes.size()];
        Set<Long> taken = new HashSet<>();
        List<Candidate> byOverlap = new ArrayList<>();
        List<Candidate> byDistance = new ArrayList<>();
        for (Track track : tracks.values()) {
            for (int b = 0; b < boxes.size(); b++) {
                ImageBox box = boxes.get(b);
                double iou = iou(track.box, box);
                if (iou >= MIN_IOU) {
                    byOverlap.add(new Candidate(track, b, -iou));
                }
                double distance = centreDistance(track.box, box);
                if (distance <= MAX_CENTRE_DISTANCE_HEIGHTS * box.height()) {
                    byDistance.add(new Candidate(track, b, distance));
                }
            }
        }
        assign(byOverlap, ids, taken, boxes, time);
        assign(byDistance, ids, taken, boxes, time);
        for (int b = 0; b < ids.length; b++) {
            if (ids[b] == null) {
                Track track = new Track(nextId++, boxes.get(b), time);
                tracks.put(track.id, track);
                ids[b] = track.id;
            }
        }
        Map<Long, ImageBox> alive = new LinkedHashMap<>();
        tracks.values().forEach(t -> alive.put(t.id, t.box));
        return new Update(List.of(ids), expired, alive);
    }

    private static void assign(List<Candidate> candidates, Long[] ids, Set<Long> taken, List<ImageBox> boxes,
            Instant time) {
        candidates.sort(Comparator.comparingDouble(Candidate::cost));
        for (Candidate c : candidates) {
            if (ids[c.box] == null && !taken.contains(c.track.id)) {
                ids[c.box] = c.track.id;
                taken.add(c.track.id);
                c.track.box = boxes.get(c.box);
                c.track.lastSeen = time;
            }
        }
    }

    private Set<Long> expire(Instant time) {
        Set<Long> expired = new HashSet<>();
        for (Iterator<Track> it = tracks.values().iterator(); it.hasNext();) {
            Track track = it.next();
            if (Seconds.between(track.lastSeen, time) > EXPIRY_SECONDS) {
                expired.add(track.id);
                it.remove();
            }
        }
        return expired;
    }

    static double iou(ImageBox a, ImageBox b) {
        double w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        double h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double intersection = w * h;
        return intersection / (a.area() + b.area() - intersection);
    }

    static double centreDistance(ImageBox a, ImageBox b) {
        return Math.hypot(a.x() + a.width() / 2 - b.x() - b.width() / 2, a.y() + a.height() / 2 - b.y() - b.height() / 2);
    }
}
