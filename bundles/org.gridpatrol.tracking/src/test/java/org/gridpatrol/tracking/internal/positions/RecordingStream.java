package org.gridpatrol.tracking.internal.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridpatrol.tracking.api.Position;
import org.gridpatrol.tracking.internal.PositionStream;

/** Stands in for the fence pipeline: keeps every committed batch it is handed. */
public final class RecordingStream implements PositionStream {

    private final List<List<Position>> batches = new CopyOnWriteArrayList<>();

    @Override
    public void accepted(List<Position> committed) {
        batches.add(List.copyOf(committed));
    }

    public List<List<Position>> batches() {
        return List.copyOf(batches);
    }

    public List<Position> all() {
        List<Position> all = new ArrayList<>();
        batches.forEach(all::addAll);
        return all;
    }
}
