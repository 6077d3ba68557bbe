package org.gridpatrol.video.stream.internal.worker;

import org.gridpatrol.video.stream.internal.ingest.FrameSource;
import org.gridpatrol.video.stream.internal.ingest.SourceException;
import org.gridpatrol.video.stream.internal.ingest.StreamAddress;

/** Opens the stream behind an address (FFmpeg in production). */
@FunctionalInterface
public interface SourceOpener {

    FrameSource open(StreamAddress address) throws SourceException;
}
