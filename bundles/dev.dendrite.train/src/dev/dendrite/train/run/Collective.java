package dev.dendrite.train.run;

import java.io.IOException;

/**
 * The workers of one data-parallel training, as seen from one of them: each trains on its shard of
 * the data and, every few steps, replaces its parameters and optimizer state with the mean over all
 * workers. Every worker calls {@link #mean} equally often with arrays of the same length, and each
 * gets the same result (summed in rank order), so the workers stay identical after every call.
 */
public interface Collective {

    /** This worker's index, 0 to {@link #size()} − 1; worker 0's run directory is the run. */
    int rank();

    int size();

    /**
     * The element-wise mean of every worker's {@code values}; blocks until all workers have called.
     *
     * @throws IOException when another worker failed or the workers disagree on the length
     */
    float[] mean(float[] values) throws IOException;

    /** The mean of float arrays in rank order, in double: what every implementation returns. */
    static float[] mean(float[][] byRank) throws IOException {
        int length = byRank[0].length;
        for (int rank = 1; rank < byRank.length; rank++) {
            if (byRank[rank].length != length) {
                throw new IOException("data-parallel worker " + rank + " sent " + byRank[rank].length + " values, worker 0 " + length
                        + ": the workers' networks or settings differ");
            }
        }
        float[] mean = new float[length];
        for (int i = 0; i < length; i++) {
            double sum = 0;
            for (float[] values : byRank) {
                sum += values[i];
            }
            mean[i] = (float) (sum / byRank.length);
        }
        return mean;
    }
}
