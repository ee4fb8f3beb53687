package dev.dendrite.model.shape;

/** One tensor dimension: a known size or a symbol (N batch, T sequence, V nodes, E edges, K kept nodes). */
public sealed interface Dim permits Dim.Fixed, Dim.Symbol {

    Dim BATCH = new Symbol("N");
    Dim SEQUENCE = new Symbol("T");
    Dim NODES = new Symbol("V");
    Dim EDGES = new Symbol("E");

    static Dim of(long size) {
        return new Fixed(size);
    }

    static Dim symbol(String name) {
        return new Symbol(name);
    }

    default boolean isFixed() {
        return this instanceof Fixed;
    }

    /** The size of a fixed dimension; -1 for a symbol. */
    default long size() {
        return this instanceof Fixed fixed ? fixed.value() : -1;
    }

    record Fixed(long value) implements Dim {
        public Fixed {
            if (value < 0) {
                throw new IllegalArgumentException("negative dimension " + value);
            }
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    record Symbol(String name) implements Dim {
        @Override
        public String toString() {
            return name;
        }
    }
}
