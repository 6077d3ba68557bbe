package org.gridpatrol.video.stream.internal;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_objdetect.HOGDescriptor;
import org.gridpatrol.video.api.Detection;
import org.gridpatrol.video.api.ImageBox;
import org.gridpatrol.video.api.PersonDetector;
import org.gridpatrol.video.api.VideoFrame;

/** OpenCV's HOG people detector with its defaults: a real detector for the pipeline tests. */
public final class HogPersonDetector implements PersonDetector {

    private final HOGDescriptor hog = new HOGDescriptor();

    public HogPersonDetector() {
        hog.setSVMDetector(new Mat(HOGDescriptor.getDefaultPeopleDetector()));
    }

    @Override
    public synchronized List<Detection> detect(VideoFrame frame) {
        try (BytePointer pixels = new BytePointer(frame.bgr());
                Mat image = new Mat(frame.height(), frame.width(), opencv_core.CV_8UC3, pixels);
                RectVector found = new RectVector()) {
            hog.detectMultiScale(image, found);
            List<Detection> people = new ArrayList<>();
            for (long i = 0; i < found.size(); i++) {
                Rect box = found.get(i);
                people.add(new Detection(new ImageBox(box.x(), box.y(), box.width(), box.height()), 1.0));
            }
            return people;
        }
    }
}
