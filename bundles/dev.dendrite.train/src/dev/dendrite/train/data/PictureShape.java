package dev.dendrite.train.data;

/**
 * Whether a sample's values form a picture: [C, H, W] with one or three channels, [H, W], or a flat
 * vector of a square single-channel picture (MNIST's 784 values). One rule for what draws samples as
 * pictures and what clips them to a picture's range (robustness, certified training).
 */
public final class PictureShape {

    private PictureShape() {
    }

    /** [channels, height, width] of a sample of {@code sampleShape} read as a picture, or null where it is none. */
    public static int[] of(long[] sampleShape) {
        int size = 1;
        for (long d : sampleShape) {
            size *= (int) d;
        }
        int channels = sampleShape.length == 3 ? (int) sampleShape[0] : 1;
        int height = sampleShape.length >= 2 ? (int) sampleShape[sampleShape.length - 2] : (int) Math.round(Math.sqrt(size));
        int width = sampleShape.length >= 2 ? (int) sampleShape[sampleShape.length - 1] : height;
        return channels * height * width == size && (channels == 1 || channels == 3) && height >= 4 ? new int[] {channels, height, width} : null;
    }
}
