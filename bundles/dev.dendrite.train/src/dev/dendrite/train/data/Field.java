package dev.dendrite.train.data;

import java.util.List;

/**
 * One named tensor of every sample of a {@link BatchSource}: a network input (images, token ids,
 * edge lists) or a target (class labels, per-token labels, regression values).
 *
 * @param sampleDims the per-sample shape: sizes ({@link Long}) and at most one symbolic dimension
 *        ({@link String}, e.g. "T") as the first, whose size is bound per batch (the longest sample; shorter ones are padded)
 */
public record Field(String name, Role role, ElementType type, List<Object> sampleDims) {

    /**
     * INPUT and TARGET come with the data; NOISE is drawn for a noise input ({@link NoiseFields}) and LABEL copies the class
     * labels for a label input ({@link LabelFields}), one field per such input, named like it.
     */
    public enum Role {
        INPUT, TARGET, NOISE, LABEL;

        /** Whether the field is made for one input of the network, which it feeds by name. */
        public boolean named() {
            return this == NOISE || this == LABEL;
        }
    }

    public enum ElementType {
        FLOAT, INT64, BOOL
    }

    public Field {
        sampleDims = List.copyOf(sampleDims);
        for (int i = 0; i < sampleDims.size(); i++) {
            Object d = sampleDims.get(i);
            if (!(d instanceof Long || d instanceof String) || d instanceof String && i > 0) {
                throw new IllegalArgumentException("field " + name + ": dims are sizes, with at most a leading symbol, not " + sampleDims);
            }
        }
    }

    /** Values per sample when every dimension is fixed; -1 when one is symbolic. */
    public long fixedSize() {
        long size = 1;
        for (Object d : sampleDims) {
            if (d instanceof String) {
                return -1;
            }
            size *= (Long) d;
        }
        return size;
    }

    /** Values per step of a sequence field (its first dim the steps): the product of the dims after the first. */
    public long stepSize() {
        long size = 1;
        for (Object d : sampleDims.subList(Math.min(1, sampleDims.size()), sampleDims.size())) {
            size *= (Long) d;
        }
        return size;
    }

    /** The steps of a sequence field of fixed length (its first dim), or -1 where they vary by sample. */
    public long fixedSteps() {
        return sampleDims.isEmpty() ? 1 : sampleDims.get(0) instanceof Long l ? l : -1;
    }

    /** The product of the fixed dimensions (after a leading symbol). */
    public long innerSize() {
        long size = 1;
        for (Object d : sampleDims) {
            if (d instanceof Long l) {
                size *= l;
            }
        }
        return size;
    }

    /** The shape as people write it: "784", "T×28", "scalar". */
    public String shapeText() {
        if (sampleDims.isEmpty()) {
            return "scalar";
        }
        StringBuilder text = new StringBuilder();
        for (Object d : sampleDims) {
            text.append(text.length() > 0 ? "×" : "").append(d);
        }
        return text.toString();
    }
}
