package dev.dendrite.train.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Training samples whose pictures an {@link Augmentation} changes as batches are drawn. Each
 * sample's draws come from (seed, epoch, sample index) alone: what a step sees does not depend on
 * the batch it lands in, on how the step is sliced, or on where a resumed run picked up.
 */
final class AugmentedSource extends ForwardingSource {

    private final Augmentation augmentation;
    private final Field picture;
    private final long seed;
    private final int epoch;

    AugmentedSource(BatchSource samples, Augmentation augmentation, Field picture, long seed, int epoch) {
        super(samples);
        this.augmentation = augmentation;
        this.picture = picture;
        this.seed = seed;
        this.epoch = epoch;
    }

    @Override
    public BatchSource forEpoch(int newEpoch) {
        // The samples' own draws per epoch (a GAN's noise) go on under the pictures' changes.
        return new AugmentedSource(samples.forEpoch(newEpoch), augmentation, picture, seed, newEpoch);
    }

    @Override
    public Batch batch(int[] order, int from, int rows) {
        Batch batch = samples.batch(order, from, rows);
        HostTensor pictures = batch.tensors().get(picture.name());
        List<Object> dims = picture.sampleDims();
        int height = ((Long) dims.get(dims.size() - 2)).intValue();
        int width = ((Long) dims.get(dims.size() - 1)).intValue();
        int size = (int) picture.fixedSize();
        int channels = size / (height * width);
        float[] changed = new float[pictures.floats().length];
        for (int k = 0; k < rows; k++) {
            augmentation.augment(pictures.floats(), k * size, changed, k * size, channels, height, width, random(order[from + k]));
        }
        Map<String, HostTensor> tensors = new LinkedHashMap<>(batch.tensors());
        tensors.put(picture.name(), HostTensor.of(pictures.shape(), changed));
        return new Batch(batch.rows(), tensors, batch.dims());
    }

    /** The draws of one sample in this epoch; the mixing constants keep nearby (epoch, index) pairs apart. */
    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (epoch + 1L) * 0xC2B2AE3D27D4EB4FL ^ index * 0x165667B19E3779F9L);
    }

    @Override
    public BatchSource subset(int[] indices, String suffix) {
        return new AugmentedSource(samples.subset(indices, suffix), augmentation, picture, seed, epoch);
    }

}
