package dev.dendrite.model.shape;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A tensor shape, printed as {@code N×16×10×10}; rank 0 (a scalar) prints as {@code scalar}. */
public record Shape(List<Dim> dims) {

    /** Tensors larger than this (elements per sample) are reported as unreasonable rather than computed with. */
    public static final long MAX_ELEMENTS = 1L << 40;

    public Shape {
        dims = List.copyOf(dims);
    }

    public static Shape of(Dim... dims) {
        return new Shape(List.of(dims));
    }

    public static Shape scalar() {
        return new Shape(List.of());
    }

    public int rank() {
        return dims.size();
    }

    public Dim dim(int index) {
        return dims.get(index < 0 ? dims.size() + index : index);
    }

    /** The size of a dimension, -1 when symbolic; negative indexes count from the end. */
    public long size(int index) {
        return dim(index).size();
    }

    public Shape with(int index, Dim dim) {
        List<Dim> copy = new ArrayList<>(dims);
        copy.set(index < 0 ? dims.size() + index : index, dim);
        return new Shape(copy);
    }

    public Shape with(int index, long size) {
        return with(index, Dim.of(size));
    }

    /** The dims from {@code from} (inclusive) on. */
    public List<Dim> tail(int from) {
        return dims.subList(from, dims.size());
    }

    /** Whether every dim from {@code from} on has a known size. */
    public boolean fixedFrom(int from) {
        return tail(from).stream().allMatch(Dim::isFixed);
    }

    /**
     * The product of the known dims from {@code from} on.
     *
     * @throws ArithmeticException when it exceeds {@link #MAX_ELEMENTS}
     */
    public long productFrom(int from) {
        long product = 1;
        for (Dim dim : tail(from)) {
            if (dim.isFixed()) {
                product = Math.multiplyExact(product, dim.size());
                if (product > MAX_ELEMENTS) {
                    throw new ArithmeticException("more than 2^40 elements");
                }
            }
        }
        return product;
    }

    @Override
    public String toString() {
        return dims.isEmpty() ? "scalar" : dims.stream().map(Dim::toString).collect(Collectors.joining("×"));
    }
}
