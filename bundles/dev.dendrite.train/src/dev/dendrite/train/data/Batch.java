package dev.dendrite.train.data;

import java.util.Map;

/** One batch of a {@link BatchSource}: a tensor per field, with the batch's symbolic dimensions bound ({@code dims}, e.g. N and T). */
public record Batch(int rows, Map<String, HostTensor> tensors, Map<String, Long> dims) {

    /** Whether a dimension other than the batch's is bound per batch (sequences padded to the batch's longest). */
    public boolean paddedPerBatch() {
        return dims.keySet().stream().anyMatch(d -> !d.equals("N"));
    }

    /** Rows {@code from} to {@code from + count} of every tensor, padded as this batch is. */
    public Batch rows(int from, int count) {
        Map<String, HostTensor> sliced = new java.util.LinkedHashMap<>();
        tensors.forEach((name, tensor) -> sliced.put(name, tensor.rows(from, count)));
        Map<String, Long> boundDims = new java.util.HashMap<>(dims);
        boundDims.put("N", (long) count);
        return new Batch(count, sliced, boundDims);
    }
}
