package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples with any number of named, typed fields (token ids, per-token labels, masks, several
 * inputs), kept per sample. A field may have one leading symbolic dimension (a sequence length):
 * a batch binds it to its longest sample and pads the others with zeros (false), and a field
 * "NAME:mask" (bool, true for real positions) can be asked for with {@link Builder#withMask}.
 */
public final class TensorDataset implements BatchSource {

    private final String name;
    private final List<Field> fields;
    /** Per field: one array per sample (float[], long[] or boolean[]). */
    private final List<Object[]> columns;
    private final int size;
    private final int classes;
    private final List<String> masked;
    private final long padTo;

    private TensorDataset(String name, List<Field> fields, List<Object[]> columns, int size, int classes, List<String> masked, long padTo) {
        this.name = name;
        this.fields = List.copyOf(fields);
        this.columns = List.copyOf(columns);
        this.size = size;
        this.classes = classes;
        this.masked = List.copyOf(masked);
        this.padTo = padTo;
    }

    public static Builder builder(String name, int size) {
        return new Builder(name, size);
    }

    /** Collects the fields of a {@link TensorDataset}; each array holds one sample's values. */
    public static final class Builder {
        private final String name;
        private final int size;
        private final List<Field> fields = new ArrayList<>();
        private final List<Object[]> columns = new ArrayList<>();
        private final List<String> masked = new ArrayList<>();
        private int classes;

        private Builder(String name, int size) {
            this.name = name;
            this.size = size;
        }

        public Builder floats(String field, Field.Role role, List<Object> dims, float[][] samples) {
            return add(new Field(field, role, Field.ElementType.FLOAT, dims), samples);
        }

        public Builder longs(String field, Field.Role role, List<Object> dims, long[][] samples) {
            return add(new Field(field, role, Field.ElementType.INT64, dims), samples);
        }

        public Builder bools(String field, Field.Role role, List<Object> dims, boolean[][] samples) {
            return add(new Field(field, role, Field.ElementType.BOOL, dims), samples);
        }

        /** Class-index targets range over 0 to {@code count} − 1. */
        public Builder classes(int count) {
            this.classes = count;
            return this;
        }

        /** Adds a bool input "FIELD:mask" (true at real positions of a padded sequence field). */
        public Builder withMask(String field) {
            masked.add(field);
            return this;
        }

        private Builder add(Field field, Object[] samples) {
            if (samples.length != size) {
                throw new IllegalArgumentException(name + ": field " + field.name() + " has " + samples.length + " samples, not " + size);
            }
            long inner = field.innerSize();
            for (int i = 0; i < samples.length; i++) {
                int length = java.lang.reflect.Array.getLength(samples[i]);
                boolean fits = field.fixedSize() >= 0 ? length == field.fixedSize() : length % inner == 0;
                if (!fits) {
                    throw new IllegalArgumentException(name + ": sample " + i + " of field " + field.name() + " has " + length
                            + " values, which is not a " + field.shapeText() + " tensor");
                }
            }
            fields.add(field);
            columns.add(samples);
            return this;
        }

        public TensorDataset build() {
            List<Field> all = new ArrayList<>(fields);
            for (String field : masked) {
                Field f = fields.stream().filter(x -> x.name().equals(field)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no field " + field + " to mask"));
                all.add(new Field(field + ":mask", Field.Role.INPUT, Field.ElementType.BOOL, f.sampleDims().subList(0, 1)));
            }
            return new TensorDataset(name, fields, columns, size, classes, masked, 0).withFields(all);
        }
    }

    private TensorDataset withFields(List<Field> all) {
        return new TensorDataset(name, all, columns, size, classes, masked, padTo);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<Field> fields() {
        return fields;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public long longestSequence() {
        long longest = 0;
        for (int f = 0; f < columns.size(); f++) {
            Field field = fields.get(f);
            if (field.fixedSize() < 0) {
                for (Object sample : columns.get(f)) {
                    longest = Math.max(longest, java.lang.reflect.Array.getLength(sample) / field.innerSize());
                }
            }
        }
        return longest;
    }

    /**
     * The real steps of one sample's field before padding (its values over the values per step); 1
     * for a field of fixed size.
     *
     * @throws IllegalArgumentException when the data set has no such field
     */
    public int steps(int sample, String field) {
        for (int f = 0; f < columns.size(); f++) {
            Field named = fields.get(f);
            if (named.name().equals(field)) {
                return named.fixedSize() >= 0 ? 1 : (int) (java.lang.reflect.Array.getLength(columns.get(f)[sample]) / named.innerSize());
            }
        }
        throw new IllegalArgumentException(name + " has no field " + field);
    }

    @Override
    public TensorDataset paddedTo(long length) {
        return new TensorDataset(name, fields, columns, size, classes, masked, length);
    }

    @Override
    public Batch batch(int[] order, int from, int rows) {
        Map<String, HostTensor> tensors = new LinkedHashMap<>();
        Map<String, Long> dims = new LinkedHashMap<>();
        dims.put("N", (long) rows);
        for (int f = 0; f < columns.size(); f++) {
            Field field = fields.get(f);
            Object[] samples = columns.get(f);
            long inner = field.innerSize();
            long length = field.fixedSize() >= 0 ? 1 : padTo;
            if (field.fixedSize() < 0) {
                for (int k = 0; k < rows; k++) {
                    length = Math.max(length, java.lang.reflect.Array.getLength(samples[order[from + k]]) / inner);
                }
                dims.merge((String) field.sampleDims().get(0), length, Math::max);
            }
            long perSample = field.fixedSize() >= 0 ? field.fixedSize() : length * inner;
            long[] shape = shape(field, rows, length);
            Object values = switch (field.type()) {
                case FLOAT -> new float[(int) (rows * perSample)];
                case INT64 -> new long[(int) (rows * perSample)];
                case BOOL -> new boolean[(int) (rows * perSample)];
            };
            for (int k = 0; k < rows; k++) {
                Object sample = samples[order[from + k]];
                System.arraycopy(sample, 0, values, (int) (k * perSample), java.lang.reflect.Array.getLength(sample));
            }
            tensors.put(field.name(), switch (field.type()) {
                case FLOAT -> HostTensor.of(shape, (float[]) values);
                case INT64 -> HostTensor.of(shape, (long[]) values);
                case BOOL -> HostTensor.of(shape, (boolean[]) values);
            });
            if (masked.contains(field.name())) {
                boolean[] mask = new boolean[(int) (rows * length)];
                for (int k = 0; k < rows; k++) {
                    int real = (int) (java.lang.reflect.Array.getLength(samples[order[from + k]]) / inner);
                    java.util.Arrays.fill(mask, (int) (k * length), (int) (k * length + real), true);
                }
                tensors.put(field.name() + ":mask", HostTensor.of(new long[] {rows, length}, mask));
            }
        }
        return new Batch(rows, tensors, dims);
    }

    private static long[] shape(Field field, int rows, long length) {
        long[] shape = new long[field.sampleDims().size() + 1];
        shape[0] = rows;
        for (int i = 0; i < field.sampleDims().size(); i++) {
            shape[i + 1] = field.sampleDims().get(i) instanceof Long l ? l : length;
        }
        return shape;
    }

    @Override
    public TensorDataset subset(int[] indices, String suffix) {
        List<Object[]> picked = new ArrayList<>();
        for (Object[] column : columns) {
            Object[] part = (Object[]) java.lang.reflect.Array.newInstance(column.getClass().getComponentType(), indices.length);
            for (int k = 0; k < indices.length; k++) {
                part[k] = column[indices[k]];
            }
            picked.add(part);
        }
        return new TensorDataset(name + suffix, fields, picked, indices.length, classes, masked, padTo);
    }
}
