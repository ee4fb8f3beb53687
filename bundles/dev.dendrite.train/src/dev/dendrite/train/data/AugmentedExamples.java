package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The first training pictures of a data set as they are, and as an {@link Augmentation} changes
 * them in the first epochs: what a preview shows before a run starts. Plain data; views and the
 * command line draw it.
 *
 * @param originals per sample, its values in C×H×W order
 * @param epochs per epoch (the first, second, ...), per sample, the changed values
 * @param low the smallest value of the originals, which drawings show as black
 * @param high the largest, shown as white
 */
public record AugmentedExamples(int channels, int height, int width, List<float[]> originals, List<List<float[]>> epochs, float low,
        float high) {

    /**
     * @param seed seeds the draws, as a run's seed does
     * @throws IllegalArgumentException where the data has no pictures the augmentation can change
     */
    public static AugmentedExamples of(BatchSource train, Augmentation augmentation, long seed, int samples, int epochCount) {
        Field picture = augmentation.pictureField(train);
        List<Object> dims = picture.sampleDims();
        int height = ((Long) dims.get(dims.size() - 2)).intValue();
        int width = ((Long) dims.get(dims.size() - 1)).intValue();
        int size = (int) picture.fixedSize();
        int count = Math.min(samples, train.size());
        int[] first = new int[count];
        for (int i = 0; i < count; i++) {
            first[i] = i;
        }
        List<float[]> originals = split(train.batch(first, 0, count).tensors().get(picture.name()).floats(), size);
        BatchSource augmented = augmentation.applyTo(train, seed);
        List<List<float[]>> epochs = new ArrayList<>();
        for (int epoch = 1; epoch <= epochCount; epoch++) {
            epochs.add(split(augmented.forEpoch(epoch).batch(first, 0, count).tensors().get(picture.name()).floats(), size));
        }
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        for (float[] values : originals) {
            for (float v : values) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        return new AugmentedExamples(size / (height * width), height, width, originals, epochs, low, high);
    }

    private static List<float[]> split(float[] values, int size) {
        List<float[]> pictures = new ArrayList<>();
        for (int at = 0; at < values.length; at += size) {
            pictures.add(java.util.Arrays.copyOfRange(values, at, at + size));
        }
        return pictures;
    }

    /**
     * One picture as 0xRRGGBB pixels, row by row ({@link PictureColours}), scaled from the originals'
     * [low, high], so that zeros augmentation filled in show as the value 0 does in every row.
     */
    public int[] rgb(float[] values) {
        return PictureColours.rgb(values, 0, channels, height, width, low, high);
    }
}
