package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Samples with, beside their fields, standard normal noise for each noise input of a network (a GAN's generator reads it), as
 * fields named like those inputs. A sample's noise comes from (seed, epoch, the sample's index in the source it was drawn from)
 * alone: fresh every training epoch, the same at every evaluation (validation and test samples are never drawn for a new
 * epoch), whatever the batch, the slicing of the step or the data-parallel shard.
 */
public final class NoiseFields extends ForwardingSource {

    private final List<Field> noise;
    private final long seed;
    private final int epoch;
    /** Each sample's index in the source the noise was first added to. */
    private final int[] origin;

    private NoiseFields(BatchSource samples, List<Field> noise, long seed, int epoch, int[] origin) {
        super(samples);
        this.noise = noise;
        this.seed = seed;
        this.epoch = epoch;
        this.origin = origin;
    }

    /**
     * {@code samples} with a noise field per entry of {@code inputs} (input name to its per-sample dims); {@code samples} itself
     * where there is none.
     */
    public static BatchSource of(BatchSource samples, Map<String, long[]> inputs, long seed) {
        if (inputs.isEmpty()) {
            return samples;
        }
        List<Field> fields = new ArrayList<>();
        inputs.forEach((name, dims) -> {
            if (samples.field(name).isPresent()) {
                throw new IllegalArgumentException("the noise input '" + name + "' is named like a field of " + samples.name()
                        + ": rename the input, which no data set feeds");
            }
            List<Object> sampleDims = new ArrayList<>();
            for (long d : dims) {
                sampleDims.add(d);
            }
            fields.add(new Field(name, Field.Role.NOISE, Field.ElementType.FLOAT, sampleDims));
        });
        return new NoiseFields(samples, List.copyOf(fields), seed, 0, null);
    }

    @Override
    public Batch batch(int[] order, int from, int rows) {
        Batch batch = samples.batch(order, from, rows);
        Map<String, HostTensor> tensors = new LinkedHashMap<>(batch.tensors());
        for (int f = 0; f < noise.size(); f++) {
            Field field = noise.get(f);
            int size = (int) field.fixedSize();
            float[] values = new float[rows * size];
            for (int k = 0; k < rows; k++) {
                int index = order[from + k];
                SplittableRandom random = random(origin == null ? index : origin[index], f);
                for (int i = 0; i < size; i++) {
                    values[k * size + i] = (float) random.nextGaussian();
                }
            }
            long[] shape = new long[field.sampleDims().size() + 1];
            shape[0] = rows;
            for (int d = 1; d < shape.length; d++) {
                shape[d] = (Long) field.sampleDims().get(d - 1);
            }
            tensors.put(field.name(), HostTensor.of(shape, values));
        }
        return new Batch(batch.rows(), tensors, batch.dims());
    }

    /** One sample's draws for noise field {@code field} in this epoch; the mixing constants keep nearby triples apart. */
    private SplittableRandom random(int index, int field) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ (epoch + 1L) * 0xC2B2AE3D27D4EB4FL ^ index * 0x165667B19E3779F9L
                ^ (field + 1L) * 0xD6E8FEB86659FD93L);
    }

    @Override
    public BatchSource forEpoch(int newEpoch) {
        return new NoiseFields(samples.forEpoch(newEpoch), noise, seed, newEpoch, origin);
    }

    @Override
    public BatchSource subset(int[] indices, String suffix) {
        int[] kept = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            kept[i] = origin == null ? indices[i] : origin[indices[i]];
        }
        return new NoiseFields(samples.subset(indices, suffix), noise, seed, epoch, kept);
    }

    @Override
    public List<Field> fields() {
        return fieldsWith(noise);
    }

    @Override
    public long longestSequence() {
        return samples.longestSequence();
    }

    @Override
    public BatchSource paddedTo(long length) {
        return new NoiseFields(samples.paddedTo(length), noise, seed, epoch, origin);
    }
}
