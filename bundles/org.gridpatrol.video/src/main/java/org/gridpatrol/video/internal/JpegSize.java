package org.gridpatrol.video.internal;

import java.util.Optional;

/** Width and height of a JPEG from its frame header, without decoding the image. */
record JpegSize(int width, int height) {

    /** Empty when the bytes are not a JPEG with a start-of-frame segment. */
    static Optional<JpegSize> of(byte[] jpeg) {
        if (jpeg == null || jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return Optional.empty();
        }
        int i = 2;
        while (i + 3 < jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++; // fill byte
                continue;
            }
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (isStartOfFrame(marker)) {
                if (i + 8 >= jpeg.length) {
                    return Optional.empty();
                }
                int height = ((jpeg[i + 5] & 0xFF) << 8) | (jpeg[i + 6] & 0xFF);
                int width = ((jpeg[i + 7] & 0xFF) << 8) | (jpeg[i + 8] & 0xFF);
                return width > 0 && height > 0 ? Optional.of(new JpegSize(width, height)) : Optional.empty();
            }
            if (marker == 0xD9 || marker == 0xDA || length < 2) {
                return Optional.empty(); // end of image or scan data before any frame header
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    /** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
