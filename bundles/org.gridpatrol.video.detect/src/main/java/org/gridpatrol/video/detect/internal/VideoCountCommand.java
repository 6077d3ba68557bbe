package org.gridpatrol.video.detect.internal;

import java.io.File;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.gridpatrol.video.api.PersonDetector;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** {@code gridpatrol:video-count <file> <frames...>}: prints {@code frame,count} per frame, for scoring. */
@Command(scope = "gridpatrol", name = "video-count",
        description = "Counts people in frames of a video file; prints frame,count lines (frames from 0)")
@Service
public class VideoCountCommand implements Action {

    @Reference
    BundleContext context;

    @Option(name = "-d", aliases = "--detector", description = "Detector service name (gridpatrol.detector)")
    String detectorName = "hog";

    @Option(name = "--density", description = "Use the density estimate, calibrated from the detector on the"
            + " first 300 frames")
    boolean density;

    @Argument(index = 0, name = "file", required = true, description = "Video file")
    String file;

    @Argument(index = 1, name = "frames", required = true, multiValued = true,
            description = "Frame indices or a-b ranges")
    List<String> frames;

    @Override
    public Object execute() throws Exception {
        Collection<ServiceReference<PersonDetector>> refs = context.getServiceReferences(PersonDetector.class,
                "(" + PersonDetector.NAME + "=" + detectorName.replaceAll("[()*\\\\]", "") + ")");
        if (refs.isEmpty()) {
            System.err.println("No person detector named " + detectorName + " is running");
            return null;
        }
        ServiceReference<PersonDetector> ref = refs.iterator().next();
        PersonDetector detector = context.getService(ref);
        try {
            List<Long> selected = FrameSelection.parse(frames);
            Map<Long, Integer> counts = density
                    ? FrameCounter.countDensity(new File(file), selected, detector, 300)
                    : FrameCounter.countDetections(new File(file), selected, detector);
            counts.forEach((frame, count) -> System.out.println(frame + "," + count));
        } finally {
            context.ungetService(ref);
        }
        return null;
    }
}
