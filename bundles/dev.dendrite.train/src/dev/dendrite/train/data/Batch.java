package dev.dendrite.train.data;

import java.util.Map;

/** One batch of a {@link BatchSource}: a tensor per field, with the batch's symbolic dimensions bound ({@code dims}, e.g. N and T). */
public record Batch(int rows, Map<String, HostTensor> tensors, Map<String, Long> dims) {
}
